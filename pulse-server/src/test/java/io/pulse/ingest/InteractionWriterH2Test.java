package io.pulse.ingest;

import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class InteractionWriterH2Test extends H2ServerTest {

  @Autowired InteractionWriter writer;
  @Autowired JdbcClient jdbc;

  @Test
  void storesInteractionWithScoreAndReportsDuplicates() {
    new WriterChecks(writer, jdbc).storesInteractionWithScoreAndReportsDuplicates();
  }

  @Test
  void concurrentWritersOfTheSameBatchStoreEachItemOnceAndWhole() throws Exception {
    new WriterChecks(writer, jdbc).concurrentWritersOfTheSameBatchStoreEachItemOnceAndWhole();
  }
}
