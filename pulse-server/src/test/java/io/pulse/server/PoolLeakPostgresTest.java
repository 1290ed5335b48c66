package io.pulse.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

class PoolLeakPostgresTest extends PostgresServerTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @Test
  void everyGetEndpointGivesBackItsConnections() throws Exception {
    new PoolLeakChecks(context, mvc).everyGetEndpointGivesBackItsConnections();
  }
}
