package io.pulse.interactions;

import io.pulse.server.PostgresServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class InteractionQueriesPostgresTest extends PostgresServerTest {

  @Autowired MockMvc mvc;
  @Autowired InteractionQueries queries;

  @Test
  void filtersPagesAndAggregates() throws Exception {
    new QueryChecks(mvc, queries).filtersPagesAndAggregates();
  }
}
