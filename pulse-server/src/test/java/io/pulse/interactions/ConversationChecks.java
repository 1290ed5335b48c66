package io.pulse.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.ServerTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Conversations as turns (H2 and PostgreSQL): the view, the filter, customer sentiment from
 * customer turns only, the escalation alert and the negative-to-positive KPI. The fake scorer reads
 * "great"/"excellent" as +0.6, "terrible" as -0.75 and other words as 0.
 */
final class ConversationChecks {

  private final MockMvc mvc;
  private final JdbcClient jdbc;

  ConversationChecks(MockMvc mvc, JdbcClient jdbc) {
    this.mvc = mvc;
    this.jdbc = jdbc;
  }

  void souringChatIsEscalatingAndOnlyCustomerTurnsCount() throws Exception {
    String chat = ServerTestSupport.unique("chat");
    Instant start = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    List<String[]> turns =
        List.of(
            new String[] {"customer", "Hi, the router is great but I have a question"},
            new String[] {"agent", "Excellent, happy to help, thanks for asking"},
            new String[] {"customer", "It drops the line every evening"},
            new String[] {"bot", "Great question! Here is an article"},
            new String[] {"customer", "This is terrible, third time this week"},
            new String[] {"agent", "Sorry for the trouble, great that you told us, thanks"});
    send(chat, start, turns);

    mvc.perform(get("/api/v1/conversations/" + chat).with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.turns.length()").value(6))
        .andExpect(jsonPath("$.turns[0].role").value("customer"))
        .andExpect(jsonPath("$.turns[1].role").value("agent"))
        .andExpect(jsonPath("$.turns[3].role").value("bot"))
        .andExpect(jsonPath("$.turns[4].band").value("red"))
        .andExpect(jsonPath("$.turns[1].band").value("green"))
        .andExpect(jsonPath("$.trajectory.turns").value(3))
        .andExpect(jsonPath("$.trajectory.first").value(closeTo(0.6, 1e-6), Double.class))
        .andExpect(jsonPath("$.trajectory.last").value(closeTo(-0.75, 1e-6), Double.class))
        .andExpect(jsonPath("$.trajectory.slope").value(closeTo(-0.675, 1e-6), Double.class))
        .andExpect(jsonPath("$.agentTone.turns").value(2))
        .andExpect(jsonPath("$.botTone.turns").value(1))
        .andExpect(jsonPath("$.state").value("escalating"))
        .andExpect(jsonPath("$.pending").value(0))
        .andExpect(jsonPath("$.turns[0].text").doesNotExist());
    mvc.perform(get("/api/v1/conversations/" + chat).with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.turns[4].text").value("This is terrible, third time this week"));

    mvc.perform(
            get("/api/v1/interactions?conversationId=" + chat)
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(jsonPath("$.total").value(6));
    mvc.perform(
            get("/api/v1/interactions?authorRole=agent&conversationId=" + chat)
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].authorRole").value("agent"));
    mvc.perform(
            get("/api/v1/interactions?authorRole=boss&conversationId=" + chat)
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("authorRole"));
    mvc.perform(get("/api/v1/conversations/nope-" + chat).with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isNotFound());

    List<Map<String, Object>> alerts =
        jdbc.sql(
                "SELECT kind, level, interaction_id FROM alerts WHERE series_dimension ="
                    + " 'CONVERSATION' AND series_value = :chat")
            .param("chat", chat)
            .query()
            .listOfRows();
    assertThat(alerts).hasSize(1);
    assertThat(alerts.getFirst()).containsEntry("KIND", "CONVERSATION_ESCALATING");
    assertThat(alerts.getFirst()).containsEntry("LEVEL", "RED");
    List<String> staffTurns =
        jdbc.sql(
                "SELECT CAST(id AS VARCHAR(20)) FROM interactions WHERE conversation_id = :chat"
                    + " AND author_role <> 'customer'")
            .param("chat", chat)
            .query(String.class)
            .list();
    assertThat(staffTurns).hasSize(3);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM alerts WHERE interaction_id IN (:ids)")
                .param("ids", staffTurns)
                .query(Long.class)
                .single())
        .as("agent and bot turns raise no customer alerts (no success story for 'excellent')")
        .isZero();
  }

  void negativeToPositiveCountsConversations() throws Exception {
    // A unique hour of 2001, so that other tests' conversations never fall into the window.
    int hour = Math.floorMod(ServerTestSupport.unique("h").hashCode(), 24 * 300);
    Instant from = Instant.parse("2001-01-01T00:00:00Z").plus(hour, ChronoUnit.HOURS);
    String turned = ServerTestSupport.unique("turned");
    String stayed = ServerTestSupport.unique("stayed");
    String happy = ServerTestSupport.unique("happy");
    send(
        turned,
        from,
        List.of(
            new String[] {"customer", "terrible, nothing works"},
            new String[] {"agent", "terrible news, sorry"},
            new String[] {"customer", "now it works, great, thanks"}));
    send(
        stayed,
        from.plusSeconds(60),
        List.of(
            new String[] {"customer", "terrible"},
            new String[] {"agent", "great, all fixed"},
            new String[] {"customer", "still terrible"}));
    List<String[]> oneTurn = List.<String[]>of(new String[] {"customer", "great"});
    send(happy, from.plusSeconds(120), oneTurn);
    mvc.perform(
            get("/api/v1/kpis/negative-to-positive?from=%s&to=%s"
                    .formatted(from, from.plus(1, ChronoUnit.HOURS)))
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.conversations").value(3))
        .andExpect(jsonPath("$.startedNegative").value(2))
        .andExpect(jsonPath("$.endedPositive").value(1))
        .andExpect(jsonPath("$.share").value(0.5));
  }

  private void send(String conversation, Instant start, List<String[]> turns) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < turns.size(); i++) {
      body.append(
          ("{\"externalId\":\"%s-%d\",\"channel\":\"chat\",\"timestamp\":\"%s\","
                  + "\"customer\":\"CRM-%s\",\"conversationId\":\"%s\",\"authorRole\":\"%s\","
                  + "\"text\":\"%s\"}\n")
              .formatted(
                  conversation,
                  i,
                  start.plusSeconds(10L * i),
                  conversation,
                  conversation,
                  turns.get(i)[0],
                  turns.get(i)[1]));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.created").value(turns.size()))
        .andExpect(jsonPath("$.items[%d].status".formatted(turns.size() - 1)).value("scored"));
  }
}
