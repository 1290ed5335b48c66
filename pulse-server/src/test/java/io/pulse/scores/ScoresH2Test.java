package io.pulse.scores;

import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScoresH2Test extends H2ServerTest {

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
