package io.pulse.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

class HostileInputH2Test extends H2ServerTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @Test
  void everyFieldOfEveryEndpointWithstandsHostileValues() throws Exception {
    new HostileInputChecks(context, mvc).everyFieldOfEveryEndpointWithstandsHostileValues();
  }
}
