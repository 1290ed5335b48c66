package io.pulse.ingest;

import io.pulse.server.PostgresServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class PiiCorpusPostgresTest extends PostgresServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  void plantedPersonalDataReachesNeitherDatabaseNorLogs() throws Exception {
    new PiiCorpus(mvc, jdbc, dataSource).sendAndVerify();
  }
}
