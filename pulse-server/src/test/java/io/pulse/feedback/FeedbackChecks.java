package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.SeriesKey;
import io.pulse.core.SentimentLabel;
import io.pulse.server.ServerTestSupport;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Corrections and spot checks through the API, run against H2 and PostgreSQL. */
final class FeedbackChecks {

  private final MockMvc mvc;
  private final JsonMapper json;
  private final ReviewStore reviews;
  private final JdbcClient jdbc;

  FeedbackChecks(MockMvc mvc, JsonMapper json, ReviewStore reviews, JdbcClient jdbc) {
    this.mvc = mvc;
    this.json = json;
    this.reviews = reviews;
    this.jdbc = jdbc;
  }

  /** Ingests texts for a fresh product; returns their interaction ids in input order. */
  List<Long> ingest(String product, String... texts) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      body.append(
          ("{\"externalId\":\"%s-%d\",\"channel\":\"email\",\"timestamp\":\"2025-04-0%dT10:00:00Z\","
                  + "\"customer\":\"C-%d\",\"product\":\"%s\",\"text\":\"%s\"}\n")
              .formatted(product, i, 1 + i, i, product, texts[i]));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.created").value(texts.length));
    JsonNode page =
        read(
            mvc.perform(
                    get("/api/v1/interactions")
                        .param("product", product)
                        .param("size", "50")
                        .with(httpBasic("reviewer", "reviewer-pw")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      for (JsonNode item : page.path("items")) {
        if (item.path("externalId").asString().equals(product + "-" + i)) {
          ids.add(item.path("id").asLong());
        }
      }
    }
    assertThat(ids).hasSize(texts.length);
    return ids;
  }

  /** A correction replaces the score the alert engine counts for its series. */
  void correctionMovesTheAlertWindow(AlertEngine engine) throws Exception {
    String product = ServerTestSupport.unique("corr-alert");
    SeriesKey series = new SeriesKey(Dimension.PRODUCT, product);
    mvc.perform(
            post("/api/v1/interactions?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    ("{\"externalId\":\"%s\",\"channel\":\"email\",\"timestamp\":\"%s\","
                            + "\"customer\":\"C-1\",\"product\":\"%s\",\"text\":\"terrible delay\"}")
                        .formatted(product, OffsetDateTime.now(), product)))
        .andExpect(status().isCreated());
    // fake scorer: "terrible delay" is negative -0.75
    assertThat(engine.window(series).count()).isEqualTo(1);
    assertThat(engine.window(series).mean()).isCloseTo(-0.75, within(1e-6));
    long id =
        jdbc.sql("SELECT id FROM interactions WHERE external_id = :e")
            .param("e", product)
            .query(Long.class)
            .single();

    mvc.perform(
            post("/api/v1/interactions/{id}/correction", id)
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"positive\"}"))
        .andExpect(status().isOk());

    assertThat(engine.window(series).count()).isEqualTo(1);
    assertThat(engine.window(series).mean()).isCloseTo(1.0, within(1e-6));
    assertThat(engine.window(series).negatives()).isZero();
  }

  void correctionChangesAnalyticsAndSurvivesRescoring() throws Exception {
    String product = ServerTestSupport.unique("corr");
    List<Long> ids = ingest(product, "great service", "great thanks", "terrible delay", "it is ok");
    // fake scorer: positive 0.6, positive 0.6, negative -0.75, neutral 0
    aggregate(product)
        .andExpect(jsonPath("$[0].count").value(4))
        .andExpect(jsonPath("$[0].shareNegative").value(closeTo(0.25, 1e-6), Double.class))
        .andExpect(jsonPath("$[0].meanScore").value(closeTo(0.1125, 1e-6), Double.class));

    mvc.perform(
            post("/api/v1/interactions/{id}/correction", ids.get(0))
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"negative\",\"note\":\"sarcasm\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.label").value("negative"))
        .andExpect(jsonPath("$.previousLabel").value("positive"))
        .andExpect(jsonPath("$.previousModelVersion").value("fake-1"))
        .andExpect(jsonPath("$.correctedBy").value("reviewer"))
        .andExpect(jsonPath("$.note").value("sarcasm"));

    // the gold label replaces the model's in every query reading the current score
    aggregate(product)
        .andExpect(jsonPath("$[0].count").value(4))
        .andExpect(jsonPath("$[0].shareNegative").value(closeTo(0.5, 1e-6), Double.class))
        .andExpect(jsonPath("$[0].meanScore").value(closeTo(-0.2875, 1e-6), Double.class));
    mvc.perform(
            get("/api/v1/interactions")
                .param("product", product)
                .param("label", "negative")
                .with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(
            jsonPath("$.items[?(@.id == %d)].score.scoredBy", ids.get(0)).value("human:reviewer"))
        .andExpect(jsonPath("$.items[?(@.id == %d)].score.scoredBy", ids.get(2)).value("model"));
    mvc.perform(
            get("/api/v1/interactions/{id}", ids.get(0)).with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(jsonPath("$.score.label").value("negative"))
        .andExpect(jsonPath("$.score.modelVersion").value("human:reviewer"))
        .andExpect(jsonPath("$.score.scoredBy").value("human:reviewer"));

    // a second correction by someone else wins; the history keeps both
    mvc.perform(
            post("/api/v1/interactions/{id}/correction", ids.get(0))
                .with(httpBasic("admin", "admin-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"neutral\"}"))
        .andExpect(jsonPath("$.previousModelVersion").value("human:reviewer"));
    mvc.perform(
            get("/api/v1/interactions/{id}/corrections", ids.get(0))
                .with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[1].correctedBy").value("admin"));
    aggregate(product)
        .andExpect(jsonPath("$[0].shareNegative").value(closeTo(0.25, 1e-6), Double.class));

    // re-scoring keeps the human label current
    mvc.perform(
            post("/api/v1/models/rescore")
                .with(httpBasic("admin", "admin-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2025-04-01T00:00:00Z\",\"to\":\"2025-04-05T00:00:00Z\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rescored").value(0))
        .andExpect(jsonPath("$.keptHuman").value(1));
    mvc.perform(
            get("/api/v1/interactions/{id}", ids.get(0)).with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(jsonPath("$.score.label").value("neutral"))
        .andExpect(jsonPath("$.score.modelVersion").value("human:admin"))
        .andExpect(jsonPath("$.score.scoredBy").value("human:admin"));
  }

  void correctionsAreValidatedAndNeedTheRightRole() throws Exception {
    String product = ServerTestSupport.unique("val");
    long id = ingest(product, "fine").getFirst();
    mvc.perform(
            post("/api/v1/interactions/{id}/correction", id)
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"angry\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("label"))
        .andExpect(jsonPath("$.value").value("angry"));
    mvc.perform(
            post("/api/v1/interactions/{id}/correction", 987_654_321L)
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"neutral\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/interactions/{id}/correction", id)
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"neutral\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/models/rollback").with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/models/retrain").with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(status().isForbidden());
  }

  void spotChecksAreReviewedAndAgreementIsMeasured() throws Exception {
    // From now on: reviews or corrections of the previous check (same store) must not count.
    OffsetDateTime start = OffsetDateTime.now();
    String product = ServerTestSupport.unique("rev");
    List<Long> ids = ingest(product, "great", "terrible", "it is ok");
    // the spot-check listener may have sampled some of them already: start from known items
    for (long id : ids) {
      jdbc.sql("DELETE FROM review_items WHERE interaction_id = :id").param("id", id).update();
    }
    reviews.enqueue(
        List.of(
            new ReviewStore.Sampled(ids.get(0), "fake-1", SentimentLabel.POSITIVE, 0.7, 0.05),
            new ReviewStore.Sampled(ids.get(1), "fake-1", SentimentLabel.NEGATIVE, 0.8, 0.05),
            new ReviewStore.Sampled(ids.get(2), "fake-1", SentimentLabel.NEUTRAL, 0.6, 0.10)),
        OffsetDateTime.now());

    JsonNode queue =
        read(
            mvc.perform(
                    get("/api/v1/review/queue")
                        .param("limit", "500")
                        .with(httpBasic("reviewer", "reviewer-pw")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    List<Long> queued = new ArrayList<>();
    for (JsonNode item : queue.path("items")) {
      queued.add(item.path("interactionId").asLong());
      if (item.path("interactionId").asLong() == ids.get(1)) {
        assertThat(item.path("text").asString()).isEqualTo("terrible");
        assertThat(item.path("modelLabel").asString()).isEqualTo("negative");
      }
    }
    assertThat(queued).containsAll(ids);

    review(ids.get(0), "positive").andExpect(jsonPath("$.status").value("confirmed"));
    review(ids.get(1), "negative").andExpect(jsonPath("$.status").value("confirmed"));
    review(ids.get(2), "negative").andExpect(jsonPath("$.status").value("corrected"));
    review(ids.get(2), "neutral")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(startsWith("https://pulse.io/problems/")));
    mvc.perform(
            get("/api/v1/interactions/{id}", ids.get(2)).with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(jsonPath("$.score.label").value("negative"));

    // weights 1/p: 20 + 20 agree, 10 disagree -> 40/50 = 0.8; plain share 2/3
    mvc.perform(
            get("/api/v1/feedback/agreement")
                .param("from", start.toString())
                .param("to", OffsetDateTime.now().plusSeconds(1).toString())
                .with(httpBasic("reviewer", "reviewer-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overall.n").value(3))
        .andExpect(jsonPath("$.overall.accuracy").value(closeTo(0.8, 1e-6), Double.class))
        .andExpect(jsonPath("$.overall.sampleAccuracy").value(closeTo(2.0 / 3, 1e-6), Double.class))
        .andExpect(jsonPath("$.overall.confusion[0][0]").value(1))
        .andExpect(jsonPath("$.overall.confusion[0][1]").value(1))
        .andExpect(jsonPath("$.overall.confusion[2][2]").value(1))
        .andExpect(jsonPath("$.series[0].period").value(startsWith("20")))
        .andExpect(jsonPath("$.series[0].n").value(3));
  }

  private org.springframework.test.web.servlet.ResultActions review(long id, String label)
      throws Exception {
    return mvc.perform(
        post("/api/v1/review/{id}", id)
            .with(httpBasic("reviewer", "reviewer-pw"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"label\":\"" + label + "\"}"));
  }

  private org.springframework.test.web.servlet.ResultActions aggregate(String product)
      throws Exception {
    return mvc.perform(
        get("/api/v1/aggregates")
            .param("interval", "all")
            .param("product", product)
            .with(httpBasic("reviewer", "reviewer-pw")));
  }

  private JsonNode read(String body) {
    return json.readTree(body);
  }
}
