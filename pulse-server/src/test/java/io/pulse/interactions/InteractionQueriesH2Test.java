package io.pulse.interactions;

import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class InteractionQueriesH2Test extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired InteractionQueries queries;

  @Test
  void filtersPagesAndAggregates() throws Exception {
    new QueryChecks(mvc, queries).filtersPagesAndAggregates();
  }
}
