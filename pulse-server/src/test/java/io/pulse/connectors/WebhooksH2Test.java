package io.pulse.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.connect.webhook.WebhookSource;
import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class WebhooksH2Test extends H2ServerTest {

  private static final String SECRET = ServerTestSupport.WEBHOOK_SECRET;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String zendeskComment(String ticket, String comment, boolean staff, String body) {
    return """
    {"type":"zen:event-type:ticket.comment_added","id":"evt-%s",
     "time":"2025-11-30T09:14:00Z","zendesk_event_version":"2022-11-06",
     "subject":"zen:ticket:%s",
     "detail":{"id":"%s","requester_id":"9001","subject":"Router","tags":["vip"]},
     "event":{"comment":{"id":"%s","body":"%s","is_public":true,
              "author":{"id":"77","is_staff":%s,"name":"Sam"}}}}
    """
        .formatted(comment, ticket, ticket, comment, body, staff);
  }

  private MockHttpServletRequestBuilder zendesk(String body, String signature) {
    MockHttpServletRequestBuilder request =
        post("/api/v1/webhooks/zendesk")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8))
            .header("X-Zendesk-Webhook-Signature-Timestamp", "2025-11-30T09:14:01Z");
    return signature == null ? request : request.header("X-Zendesk-Webhook-Signature", signature);
  }

  private long stored(String conversation) {
    return jdbc.sql("SELECT COUNT(*) FROM interactions WHERE conversation_id = :c")
        .param("c", conversation)
        .query(Long.class)
        .single();
  }

  @Test
  void wrongOrMissingSignatureIs401AndStoresNothing() throws Exception {
    String ticket = ServerTestSupport.unique("t");
    String body = zendeskComment(ticket, "c1", false, "The router is broken again");
    String good =
        WebhookSource.zendeskSignature(
            SECRET, "2025-11-30T09:14:01Z", body.getBytes(StandardCharsets.UTF_8));
    String tampered = body.replace("broken", "fine!!");
    for (var request :
        List.of(
            zendesk(body, null),
            zendesk(body, "AAAA"),
            zendesk(tampered, good),
            zendesk(
                body, WebhookSource.zendeskSignature("another-secret-123456", "x", new byte[0])),
            post("/api/v1/webhooks/intercom")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .header("X-Hub-Signature", "sha1=" + "0".repeat(40)),
            post("/api/v1/webhooks/freshdesk")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header("X-Pulse-Signature", "sha256=" + good))) {
      mvc.perform(request)
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.status").value(401));
    }
    assertThat(stored("zendesk:" + ticket)).isZero();
    mvc.perform(post("/api/v1/webhooks/hubspot").content("{}")).andExpect(status().isNotFound());
  }

  @Test
  void zendeskCommentsBecomeTurnsWithTheirAuthorsRole() throws Exception {
    String ticket = ServerTestSupport.unique("t");
    for (String[] comment :
        List.of(
            new String[] {"c1", "false", "The router is broken again"},
            new String[] {"c2", "true", "Sorry for the trouble, happy to help"})) {
      String body =
          zendeskComment(ticket, comment[0], Boolean.parseBoolean(comment[1]), comment[2]);
      String signature =
          WebhookSource.zendeskSignature(
              SECRET, "2025-11-30T09:14:01Z", body.getBytes(StandardCharsets.UTF_8));
      mvc.perform(zendesk(body, signature))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.created").value(1));
      // the helpdesk retries a delivery: stored once
      mvc.perform(zendesk(body, signature)).andExpect(jsonPath("$.duplicate").value(1));
    }
    List<String> roles =
        jdbc.sql(
                "SELECT author_role FROM interactions WHERE conversation_id = :c ORDER BY"
                    + " external_id")
            .param("c", "zendesk:" + ticket)
            .query(String.class)
            .list();
    assertThat(roles).containsExactly("customer", "agent");
  }

  @Test
  void intercomTranscriptAndFreshdeskReplyAreStoredOnceEach() throws Exception {
    String chat = ServerTestSupport.unique("ic");
    String transcript =
        """
        {"type":"notification_event","topic":"conversation.user.replied","created_at":1764494040,
         "data":{"item":{"type":"conversation","id":"%s","created_at":1764494000,
           "source":{"type":"conversation","body":"<p>Hi, my <b>invoice</b> is wrong</p>",
                     "author":{"type":"user","id":"u-1"}},
           "contacts":{"type":"contact.list","contacts":[{"type":"contact","id":"u-1"}]},
           "conversation_parts":{"type":"conversation_part.list","conversation_parts":[
             {"id":"p1","part_type":"comment","body":"<p>Let me check that</p>",
              "created_at":1764494010,"author":{"type":"bot","id":"b-1"}},
             {"id":"p2","part_type":"assignment","body":null,"created_at":1764494011,
              "author":{"type":"admin","id":"a-1"}},
             {"id":"p3","part_type":"comment","body":"<p>Fixed it, sorry!</p>",
              "created_at":1764494020,"author":{"type":"admin","id":"a-1"}}]}}}}
        """
            .formatted(chat);
    byte[] bytes = transcript.getBytes(StandardCharsets.UTF_8);
    String signature = "sha1=" + WebhookSource.hmacHex("HmacSHA1", SECRET, bytes);
    mvc.perform(
            post("/api/v1/webhooks/intercom")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bytes)
                .header("X-Hub-Signature", signature))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(3));
    List<String> turns =
        jdbc.sql(
                "SELECT author_role || ':' || redacted_text FROM interactions"
                    + " WHERE conversation_id = :c ORDER BY occurred_at")
            .param("c", "intercom:" + chat)
            .query(String.class)
            .list();
    assertThat(turns)
        .containsExactly(
            "customer:Hi, my invoice is wrong", "bot:Let me check that", "agent:Fixed it, sorry!");

    String ticket = ServerTestSupport.unique("fd");
    String reply =
        """
        {"freshdesk_webhook":{"triggered_event":"reply_added","ticket_id":"%s",
         "ticket_requester_id":"501","ticket_tags":"billing, vip",
         "ticket_latest_comment_id":"9","ticket_latest_comment_author_type":"agent",
         "ticket_latest_comment_created_at":"2025-11-30T10:00:00+01:00",
         "ticket_latest_public_comment":"We refunded the fee."}}
        """
            .formatted(ticket);
    byte[] replyBytes = reply.getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            post("/api/v1/webhooks/freshdesk")
                .contentType(MediaType.APPLICATION_JSON)
                .content(replyBytes)
                .header(
                    "X-Pulse-Signature",
                    "sha256=" + WebhookSource.hmacHex("HmacSHA256", SECRET, replyBytes)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    assertThat(
            jdbc.sql("SELECT tags FROM interactions WHERE conversation_id = :c")
                .param("c", "freshdesk:" + ticket)
                .query(String.class)
                .single())
        .isEqualTo("[\"billing\",\"vip\"]");
  }

  @Test
  void signedButMalformedEventIs400NamingTheField() throws Exception {
    String body = "{\"type\":\"zen:event-type:ticket.comment_added\",\"time\":\"x\"}";
    String signature =
        WebhookSource.zendeskSignature(
            SECRET, "2025-11-30T09:14:01Z", body.getBytes(StandardCharsets.UTF_8));
    mvc.perform(zendesk(body, signature))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("detail.id"));
  }
}
