package io.pulse.interactions;

import io.pulse.server.PostgresServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class ConversationsPostgresTest extends PostgresServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void souringChatIsEscalatingAndOnlyCustomerTurnsCount() throws Exception {
    new ConversationChecks(mvc, jdbc).souringChatIsEscalatingAndOnlyCustomerTurnsCount();
  }

  @Test
  void negativeToPositiveCountsConversations() throws Exception {
    new ConversationChecks(mvc, jdbc).negativeToPositiveCountsConversations();
  }
}
