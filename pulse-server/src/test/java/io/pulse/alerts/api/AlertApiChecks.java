package io.pulse.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.ServerTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The alert API on a running server (default alert settings), run against H2 and PostgreSQL. */
final class AlertApiChecks {

  private final MockMvc mvc;
  private final JsonMapper json;

  AlertApiChecks(MockMvc mvc, JsonMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  /**
   * Sends {@code count} negative messages about {@code product} that happened just now, from
   * customers {@code CRM-<product>-<i>}; returns the product.
   */
  String ingestBurst(String product, int count) throws Exception {
    StringBuilder body = new StringBuilder();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < count; i++) {
      body.append(
          ("{\"externalId\":\"%s-%d\",\"channel\":\"chat\",\"timestamp\":\"%s\","
                  + "\"customer\":\"CRM-%s-%d\",\"product\":\"%s\","
                  + "\"text\":\"The router is broken again, terrible service\"}\n")
              .formatted(product, i, now.minusSeconds(count - i), product, i, product));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(count));
    return product;
  }

  /** Stores one message that happened just now from its own customer; returns its id. */
  private long ingestOne(String externalId, String text) throws Exception {
    String body =
        ("{\"externalId\":\"%s\",\"channel\":\"email\",\"timestamp\":\"%s\","
                + "\"customer\":\"CRM-%s\",\"text\":\"%s\"}")
            .formatted(externalId, Instant.now().minusSeconds(5), externalId, text);
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    post("/api/v1/interactions?wait=PT30S")
                        .with(httpBasic("ingest", "ingest-pw"))
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    return answer.path("id").asLong();
  }

  private void correct(long id, String label) throws Exception {
    mvc.perform(
            post("/api/v1/interactions/{id}/correction", id)
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType("application/json")
                .content("{\"label\":\"" + label + "\"}"))
        .andExpect(status().isOk());
  }

  /** The single-interaction alert of this interaction, or a missing node. */
  private JsonNode alertOf(long interactionId) throws Exception {
    JsonNode page =
        read(get("/api/v1/alerts").param("kind", "negative_interaction").param("size", "500"));
    for (JsonNode alert : page.path("items")) {
      if (alert.path("interactionId").asString().equals(Long.toString(interactionId))) {
        return alert;
      }
    }
    return json.missingNode();
  }

  void correctionsRaiseAndWithdrawSingleInteractionAlerts() throws Exception {
    long neutral = ingestOne(ServerTestSupport.unique("calm"), "Please send the invoice");
    assertThat(alertOf(neutral).isMissingNode()).isTrue();
    correct(neutral, "negative");
    JsonNode raised = alertOf(neutral);
    assertThat(raised.path("status").asString()).isEqualTo("OPEN");
    assertThat(raised.path("level").asString()).isEqualTo("RED");

    long negative =
        ingestOne(ServerTestSupport.unique("angry"), "The router is broken, terrible service");
    assertThat(alertOf(negative).path("status").asString()).isEqualTo("OPEN");
    correct(negative, "neutral");
    JsonNode withdrawn = alertOf(negative);
    assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.path("closeReason").asString()).isEqualTo("corrected");
    assertThat(withdrawn.path("resolvedAt").asString()).isNotBlank();
  }

  void burstRaisesTrendAlertBeforeTheIngestAnswers() throws Exception {
    String product = ingestBurst(ServerTestSupport.unique("router"), 50);

    // No more waiting: the engine ran on the scoring thread after the commit, before ?wait
    // answered.
    JsonNode page =
        read(
            get("/api/v1/alerts")
                .param("series", "product=" + product)
                .param("kind", "negative_count"));
    assertThat(page.path("total").asLong()).isEqualTo(1);
    JsonNode alert = page.path("items").get(0);
    assertThat(alert.path("level").asString()).isEqualTo("RED");
    assertThat(alert.path("status").asString()).isEqualTo("OPEN");
    assertThat(alert.path("negatives").asInt()).isEqualTo(50);
    assertThat(alert.path("reviewBy").asString()).isNotBlank();

    JsonNode customers =
        read(get("/api/v1/alerts").param("kind", "negative_interaction").param("size", "500"));
    String text = customers.toString();
    assertThat(text).doesNotContain("CRM-" + product);
    assertThat(customers.path("items").get(0).path("series").asString())
        .matches("customer=c_[0-9a-f]{24}");
  }

  void lifeCycleRecordsTheAuthenticatedUser() throws Exception {
    String product = ingestBurst(ServerTestSupport.unique("modem"), 3);
    String id =
        read(get("/api/v1/alerts").param("series", "product=" + product))
            .path("items")
            .get(0)
            .path("id")
            .asString();

    mvc.perform(post("/api/v1/alerts/{id}/resolve", id).with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is OPEN")));
    mvc.perform(post("/api/v1/alerts/{id}/acknowledge", id).with(httpBasic("ingest", "ingest-pw")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/alerts/{id}/acknowledge", id).with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
        .andExpect(jsonPath("$.acknowledgedBy").value("analyst"));
    mvc.perform(post("/api/v1/alerts/{id}/resolve", id).with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESOLVED"))
        .andExpect(jsonPath("$.acknowledgedBy").value("analyst"))
        .andExpect(jsonPath("$.resolvedBy").value("admin"));

    JsonNode resolved =
        read(
            get("/api/v1/alerts")
                .param("series", "product=" + product)
                .param("status", "resolved"));
    assertThat(resolved.path("total").asLong()).isEqualTo(1);
    mvc.perform(
            post("/api/v1/alerts/{id}/acknowledge", "no-such-alert")
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isNotFound());
  }

  void badFiltersAreNamed() throws Exception {
    mvc.perform(
            get("/api/v1/alerts").param("level", "purple").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("level"))
        .andExpect(jsonPath("$.value").value("purple"));
    mvc.perform(
            get("/api/v1/alerts")
                .param("series", "region=north")
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("series"));
    mvc.perform(get("/api/v1/alerts").param("size", "0").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));
  }

  void calibrationReplaysStoredHistoryWithGivenBands() throws Exception {
    ingestBurst(ServerTestSupport.unique("calib"), 4);
    Instant now = Instant.now();
    String from = now.minus(1, ChronoUnit.HOURS).toString();
    String to = now.plus(1, ChronoUnit.MINUTES).toString();

    JsonNode configured =
        read(get("/api/v1/alerts/calibration").param("from", from).param("to", to));
    assertThat(configured.path("interactions").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(configured.path("report").path("totalByLevel").path("RED").asInt())
        .isGreaterThanOrEqualTo(4);
    assertThat(configured.path("perDay").path("RED").asDouble()).isPositive();

    // Moving the red edge below every score (-0.75 from the fake scorer) turns red into orange.
    JsonNode tuned =
        read(
            get("/api/v1/alerts/calibration")
                .param("from", from)
                .param("to", to)
                .param("bands.orange.lower", "-0.8")
                .param("bands.yellow.lower", "-0.3"));
    assertThat(tuned.path("settings").path("bands.orange.lower").asDouble()).isEqualTo(-0.8);
    assertThat(tuned.path("report").path("totalByLevel").path("RED").asInt()).isZero();
    assertThat(tuned.path("report").path("totalByLevel").path("ORANGE").asInt())
        .isGreaterThanOrEqualTo(4);

    mvc.perform(
            get("/api/v1/alerts/calibration")
                .param("bands.orange.lower", "0.5")
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.containsString(
                        "alerts.bands.orange.lower must be < alerts.bands.yellow.lower, found 0.5")));
    mvc.perform(
            get("/api/v1/alerts/calibration")
                .param("bands.purple", "1")
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.containsString("unknown setting alerts.bands.purple")));
  }

  private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
    String body =
        mvc.perform(request.with(httpBasic("analyst", "analyst-pw")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }
}
