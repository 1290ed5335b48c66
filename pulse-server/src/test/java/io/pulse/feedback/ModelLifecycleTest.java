package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.scoring.TrainingSummary;
import io.pulse.server.PlainServerTest;
import io.pulse.server.ServerTestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real server with a tiny trained model: retraining promotes a candidate, rollback and
 * activation switch models, all while four clients keep sending interactions to be scored.
 */
class ModelLifecycleTest extends PlainServerTest {

  private static final Path ROOT = ServerTestSupport.newDataDir();
  private static TrainingSummary initial;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  private static synchronized TrainingSummary initialModel() {
    if (initial == null) {
      initial = TinyModel.train(ROOT);
    }
    return initial;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("pulse.data-dir", () -> ROOT.resolve("data").toString());
    registry.add("pulse.model.path", () -> initialModel().directory().toString());
    registry.add("pulse.feedback.training-files", () -> ROOT.resolve("train.csv").toString());
    registry.add("pulse.feedback.holdout-file", () -> ROOT.resolve("dev.csv").toString());
    registry.add("pulse.feedback.tolerance", () -> "0.5");
    registry.add("pulse.feedback.held-out-share", () -> "0");
    registry.add("pulse.feedback.correction-weight", () -> "2");
    TinyModel.HYPERPARAMETERS.forEach(
        (k, v) -> registry.add("pulse.feedback.hyperparameters." + k, () -> v));
    // a different seed: the candidate's weights, hence its version, differ from the initial model
    registry.add("pulse.feedback.hyperparameters.seed", () -> "7");
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }

  @Test
  void promotionRollbackAndActivationUnderConcurrentScoringFailNoRequest() throws Exception {
    String first = initialModel().modelVersion();
    models()
        .andExpect(jsonPath("$.active").value(first))
        .andExpect(jsonPath("$.versions[0].status").value("active"))
        .andExpect(jsonPath("$.versions[0].manifest.modelVersion").value(first));

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      int client = c;
      clients.add(
          Thread.ofPlatform()
              .start(() -> {
                int i = 0;
                while (!stop.get()) {
                  String body =
                      ("{\"externalId\":\"life-%d-%d\",\"channel\":\"chat\","
                              + "\"timestamp\":\"2025-05-01T10:00:00Z\",\"customer\":\"C-%d\","
                              + "\"text\":\"the service was %s today\"}")
                          .formatted(client, i++, client, i % 2 == 0 ? "great" : "broken");
                  try {
                    int code =
                        mvc.perform(
                                post("/api/v1/interactions?wait=PT30S")
                                    .with(httpBasic("ingest", "ingest-pw"))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    if (code != 201) {
                      failed.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                  sent.incrementAndGet();
                }
              }));
    }
    waitForMore(sent, 20);
    long corrected = jdbc.sql("SELECT MIN(id) FROM interactions").query(Long.class).single();
    mvc.perform(
            post("/api/v1/interactions/{id}/correction", corrected)
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"neutral\"}"))
        .andExpect(status().isOk());

    JsonNode job =
        body(
            mvc.perform(post("/api/v1/models/retrain").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isAccepted()));
    String id = job.path("id").asString();
    mvc.perform(post("/api/v1/models/retrain").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isConflict());
    JsonNode done = job;
    for (int i = 0; i < 1200 && "running".equals(done.path("state").asString()); i++) {
      Thread.sleep(250);
      done =
          body(
              mvc.perform(
                  get("/api/v1/models/retrain/{id}", id).with(httpBasic("analyst", "analyst-pw"))));
    }
    assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("promoted");
    assertThat(done.path("report").path("correctionsTrained").asInt()).isEqualTo(1);
    String second = done.path("report").path("candidateVersion").asString();
    assertThat(second).isNotEqualTo(first);
    assertThat(ROOT.resolve("data").resolve("models").resolve(second).resolve("manifest.json"))
        .exists();
    waitForMore(sent, 20);
    models().andExpect(jsonPath("$.active").value(second));

    mvc.perform(post("/api/v1/models/rollback").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(first))
        .andExpect(jsonPath("$.status").value("active"));
    waitForMore(sent, 20);
    models().andExpect(jsonPath("$.active").value(first));
    mvc.perform(post("/api/v1/models/{v}/activate", second).with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("active"));
    waitForMore(sent, 20);
    mvc.perform(post("/api/v1/models/{v}/activate", "no-such").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isNotFound());

    stop.set(true);
    for (Thread client : clients) {
      client.join();
    }
    // re-scoring with the active model moves every other model's score, never the correction
    JsonNode rescore =
        body(
            mvc.perform(
                    post("/api/v1/models/rescore")
                        .with(httpBasic("admin", "admin-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"from\":\"2025-05-01T00:00:00Z\",\"to\":\"2025-05-02T00:00:00Z\"}"))
                .andExpect(status().isOk()));
    assertThat(rescore.path("version").asString()).isEqualTo(second);
    assertThat(rescore.path("keptHuman").asInt()).isEqualTo(1);
    assertThat(rescore.path("rescored").asInt()).isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM scores WHERE is_current = TRUE AND model_version <> :v"
                        + " AND model_version NOT LIKE 'human:%'")
                .param("v", second)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(failed.get()).as("failed of %d requests", sent.get()).isZero();
    assertThat(jdbc.sql("SELECT DISTINCT model_version FROM scores").query(String.class).list())
        .contains(first, second, "human:reviewer");
    // the corrected interaction keeps its human label whichever model serves
    assertThat(
            jdbc.sql(
                    "SELECT model_version FROM scores WHERE interaction_id = :id AND is_current = TRUE")
                .param("id", corrected)
                .query(String.class)
                .single())
        .isEqualTo("human:reviewer");
  }

  private org.springframework.test.web.servlet.ResultActions models() throws Exception {
    return mvc.perform(get("/api/v1/models").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk());
  }

  private JsonNode body(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static void waitForMore(AtomicInteger counter, int more) {
    int target = counter.get() + more;
    while (counter.get() < target) {
      Thread.onSpinWait();
    }
  }
}
