package io.pulse.scores;

import io.pulse.server.PostgresServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScoresPostgresTest extends PostgresServerTest {

  @Autowired Scores scores;
  @Autowired JdbcClient jdbc;

  @Test
  void acceptsOnceReportsDuplicatesAndScoresEachOnce() {
    new ScoresChecks(scores, jdbc).acceptsOnceReportsDuplicatesAndScoresEachOnce();
  }

  @Test
  void concurrentAcceptsOfTheSameBatchStoreEachItemOnce() throws Exception {
    new ScoresChecks(scores, jdbc).concurrentAcceptsOfTheSameBatchStoreEachItemOnce();
  }
}
