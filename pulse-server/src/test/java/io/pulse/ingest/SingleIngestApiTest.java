package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.FakeScorer;
import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class SingleIngestApiTest extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String interaction(String externalId, String channel, String text) {
    return """
    {"externalId":"%s","channel":"%s","timestamp":"2025-03-01T10:15:30+01:00",
     "customer":"CRM-4711","product":"broadband","tags":["vip"],"language":"en","text":"%s"}
    """
        .formatted(externalId, channel, text);
  }

  private ResultActions send(String body) throws Exception {
    return send(body.getBytes(StandardCharsets.UTF_8));
  }

  private ResultActions send(byte[] body) throws Exception {
    return mvc.perform(
        post("/api/v1/interactions?wait=PT30S")
            .with(httpBasic("ingest", "ingest-pw"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void createdInteractionIsScoredAndStoredRedacted() throws Exception {
    String id = ServerTestSupport.unique("single");
    send(interaction(id, "email", "Great service, thanks! Mail me at jane.doe@example.com"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/v1/interactions/")))
        .andExpect(jsonPath("$.status").value("scored"))
        .andExpect(jsonPath("$.externalId").value(id))
        .andExpect(jsonPath("$.score.label").value("positive"))
        .andExpect(jsonPath("$.score.modelVersion").value(FakeScorer.VERSION));
    var row =
        jdbc.sql(
                "SELECT redacted_text, customer_pseudonym, channel, redactions, occurred_day"
                    + " FROM interactions WHERE external_id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat((String) row.get("redacted_text"))
        .doesNotContain("jane.doe@example.com")
        .contains("[EMAIL]");
    assertThat((String) row.get("customer_pseudonym")).matches("c_[0-9a-f]{24}");
    assertThat((String) row.get("redactions")).contains("EMAIL");
    assertThat(row.get("channel")).isEqualTo("email");
    assertThat(row.get("occurred_day").toString()).isEqualTo("2025-03-01");
    Long scores =
        jdbc.sql(
                "SELECT COUNT(*) FROM scores s JOIN interactions i ON i.id = s.interaction_id"
                    + " WHERE i.external_id = :id AND s.label = 'positive' AND s.is_current")
            .param("id", id)
            .query(Long.class)
            .single();
    assertThat(scores).isEqualTo(1);
  }

  @Test
  void withoutWaitTheAnswerIs202PendingAndTheWorkersScoreItBehind() throws Exception {
    String id = ServerTestSupport.unique("async");
    String body = interaction(id, "email", "Terrible delay, thanks for nothing");
    mvc.perform(
            post("/api/v1/interactions")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", startsWith("/api/v1/interactions/")))
        .andExpect(jsonPath("$.status").value("pending"))
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.score").doesNotExist());
    long deadline = System.nanoTime() + 30_000_000_000L;
    String status = "pending";
    while (status.equals("pending") && System.nanoTime() < deadline) {
      Thread.sleep(20);
      status =
          jdbc.sql("SELECT scoring_status FROM interactions WHERE external_id = :id")
              .param("id", id)
              .query(String.class)
              .single();
    }
    assertThat(status).isEqualTo("scored");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM scores s JOIN interactions i ON i.id = s.interaction_id"
                        + " WHERE i.external_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void waitOutsideItsRangeNamesTheParameter() throws Exception {
    mvc.perform(
            post("/api/v1/interactions?wait=PT5M")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(interaction(ServerTestSupport.unique("w"), "email", "hi")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("wait"))
        .andExpect(jsonPath("$.value").value("PT5M"));
  }

  @Test
  void sameExternalIdTwiceIsStoredOnceAndReportedDuplicate() throws Exception {
    String id = ServerTestSupport.unique("dup");
    send(interaction(id, "chat", "hello")).andExpect(status().isCreated());
    send(interaction(id, "chat", "hello again"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Duplicate interaction"))
        .andExpect(jsonPath("$.field").value("externalId"))
        .andExpect(jsonPath("$.value").value(id));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM interactions WHERE external_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void unknownChannelNamesFieldAndValue() throws Exception {
    send(interaction(ServerTestSupport.unique("fax"), "fax", "hello"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Invalid field"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.field").value("channel"))
        .andExpect(jsonPath("$.value").value("fax"))
        .andExpect(jsonPath("$.detail").value(containsString("email|ticket|chat")));
  }

  @Test
  void malformedJsonReportsPositionWithoutEchoingContent() throws Exception {
    send("{\"externalId\": \"x\", \"text\": secret.person@example.com}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(startsWith("malformed JSON at line 1")))
        .andExpect(content().string(not(containsString("secret.person"))));
  }

  @Test
  void wrongTypeNamesTheField() throws Exception {
    send(interaction("x", "email", "hi").replace("\"CRM-4711\"", "4711"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("customer"))
        .andExpect(jsonPath("$.detail").value("customer must be a string; found number"));
  }

  @Test
  void emptyTextIsRejected() throws Exception {
    send(interaction(ServerTestSupport.unique("e"), "email", "   "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(jsonPath("$.detail").value("text must not be empty"));
  }

  @Test
  void oversizedTextNamesTheLimitNotTheText() throws Exception {
    String text = "call me on +47 912 34 567 " + "a".repeat(2100);
    send(interaction(ServerTestSupport.unique("big"), "email", text))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(jsonPath("$.limit").value(2000))
        .andExpect(jsonPath("$.length").value(text.length()))
        .andExpect(jsonPath("$.value").doesNotExist())
        .andExpect(content().string(not(containsString("912 34 567"))));
  }

  @Test
  void bodyOverTheRequestLimitIsTooLarge() throws Exception {
    send(interaction("x", "email", "b".repeat(20_000)))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.limitBytes").value(16384));
  }

  @Test
  void invalidUtf8IsRejected() throws Exception {
    byte[] body = interaction("utf", "email", "caf__").getBytes(StandardCharsets.UTF_8);
    String asText = new String(body, StandardCharsets.ISO_8859_1);
    int at = asText.indexOf("caf__") + 3;
    body[at] = (byte) 0xC3; // a lead byte followed by '_' is not valid UTF-8
    send(body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("not valid UTF-8")));
  }

  @Test
  void unknownAndMissingFieldsAreNamed() throws Exception {
    send(interaction("x", "email", "hi").replace("\"language\"", "\"lang\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("lang"));
    send("{\"channel\":\"email\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("externalId"))
        .andExpect(jsonPath("$.detail").value("externalId is required"));
  }

  @Test
  void badTimestampNamesFieldAndValue() throws Exception {
    send(interaction("ts", "email", "hi").replace("2025-03-01T10:15:30+01:00", "yesterday"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("timestamp"))
        .andExpect(jsonPath("$.value").value("yesterday"));
  }

  @Test
  void timestampsOutsideThe1970ToTomorrowRangeAreRefused() throws Exception {
    for (String timestamp :
        new String[] {"+99999-01-01T00:00:00Z", "-4714-01-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
      send(interaction("far", "email", "hi").replace("2025-03-01T10:15:30+01:00", timestamp))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("timestamp"))
          .andExpect(jsonPath("$.value").value(timestamp))
          .andExpect(jsonPath("$.latest").exists());
    }
    String tomorrow = java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString();
    send(interaction("future", "email", "hi").replace("2025-03-01T10:15:30+01:00", tomorrow))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("timestamp"));
  }

  @Test
  void nulOrUnpairedSurrogateInAFieldIsRefusedNamingIt() throws Exception {
    send(interaction("nul", "email", "before\\u0000after"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(jsonPath("$.position").value(6));
    send(interaction("surrogate", "email", "hi").replace("broadband", "x\\ud800y"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("product"));
    send(interaction("surrogate\\udc00", "email", "hi"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("externalId"));
  }

  @Test
  void nonObjectBodyIsRejected() throws Exception {
    send("[1,2]")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("must be a JSON object")));
  }
}
