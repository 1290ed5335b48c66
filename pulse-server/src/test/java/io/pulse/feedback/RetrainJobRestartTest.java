package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.server.PulseServer;
import io.pulse.server.ServerTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retraining jobs over HTTP on a real server that is stopped and started again on the same data
 * directory (embedded H2 on disk): an admin cancels a running job, and jobs that were running when
 * the server stopped (gracefully, or killed, as a leftover row) come back as interrupted, with who
 * asked for them.
 */
class RetrainJobRestartTest {

  private static final Path ROOT = ServerTestSupport.newDataDir();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private static Map<String, String> settings(String model) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("pulse.data-dir", ROOT.resolve("data").toString());
    settings.put("pulse.model.path", model);
    settings.put("pulse.feedback.training-files", ROOT.resolve("train.csv").toString());
    settings.put("pulse.feedback.holdout-file", ROOT.resolve("dev.csv").toString());
    TinyModel.HYPERPARAMETERS.forEach(
        (k, v) -> settings.put("pulse.feedback.hyperparameters." + k, v));
    // trains until it is cancelled or the server stops
    settings.put("pulse.feedback.hyperparameters.maxEpochs", "100000");
    settings.put("pulse.feedback.hyperparameters.patience", "100000");
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      settings.put(property.substring(0, eq), property.substring(eq + 1));
    }
    settings.put("pulse.security.users.ops.password", "{noop}ops-pw");
    settings.put("pulse.security.users.ops.roles", "admin");
    return settings;
  }

  @Test
  void jobsAreCancelledByAnAdminAndSurviveARestartAsInterrupted() throws Exception {
    String model = TinyModel.train(ROOT).directory().toString();
    String cancelledId;
    String runningId;
    try (PulseServer server = PulseServer.start(settings(model))) {
      Api api = new Api(server.port());
      String version =
          api.call("GET", "/api/v1/models", "analyst").body().path("active").asString();

      JsonNode started = api.call("POST", "/api/v1/models/retrain", "ops").body();
      cancelledId = started.path("id").asString();
      assertThat(started.path("requestedBy").asString()).isEqualTo("ops");
      api.await(cancelledId, job -> job.path("detail").asString("").contains("batch"));

      assertThat(api.call("DELETE", "/api/v1/models/retrain/" + cancelledId, "analyst").status())
          .isEqualTo(403);
      assertThat(api.call("DELETE", "/api/v1/models/retrain/no-such-job", "admin").status())
          .isEqualTo(404);
      Response cancel = api.call("DELETE", "/api/v1/models/retrain/" + cancelledId, "admin");
      assertThat(cancel.status()).isEqualTo(200);
      assertThat(cancel.body().path("state").asString()).isEqualTo("cancelled");
      assertThat(cancel.body().path("cancelledBy").asString()).isEqualTo("admin");
      assertThat(cancel.body().path("requestedBy").asString()).isEqualTo("ops");
      // the worker stops at its next batch and cleans up; nothing was registered
      Path workspace = ROOT.resolve("data/models/.training").resolve(cancelledId);
      for (int i = 0; i < 600 && Files.exists(workspace); i++) {
        Thread.sleep(100);
      }
      assertThat(workspace).doesNotExist();
      assertThat(api.call("GET", "/api/v1/models", "analyst").body().path("versions").size())
          .isEqualTo(1);
      assertThat(api.call("GET", "/api/v1/models", "analyst").body().path("active").asString())
          .isEqualTo(version);
      Response again = api.call("DELETE", "/api/v1/models/retrain/" + cancelledId, "admin");
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body().path("state").asString()).isEqualTo("cancelled");

      runningId = api.call("POST", "/api/v1/models/retrain", "ops").body().path("id").asString();
      api.await(runningId, job -> job.path("detail").asString("").contains("batch"));
      assertThat(api.call("POST", "/api/v1/models/retrain", "admin").status()).isEqualTo(409);
    }
    // a job left running by a process that was killed, as its row would be
    String url =
        "jdbc:h2:file:"
            + ROOT.resolve("data/db/pulse")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO retrain_jobs (id, requested_by, state, phase, progress, started_at)"
                    + " VALUES ('killed-1', 'scheduler', 'running', 'training', 0.5, ?)")) {
      insert.setObject(1, OffsetDateTime.now().minusHours(1));
      insert.executeUpdate();
    }

    try (PulseServer server = PulseServer.start(settings(model))) {
      Api api = new Api(server.port());
      JsonNode stopped = api.call("GET", "/api/v1/models/retrain/" + runningId, "analyst").body();
      assertThat(stopped.path("state").asString()).isEqualTo("interrupted");
      assertThat(stopped.path("requestedBy").asString()).isEqualTo("ops");
      assertThat(stopped.path("finishedAt").isNull()).isFalse();
      JsonNode killed = api.call("GET", "/api/v1/models/retrain/killed-1", "analyst").body();
      assertThat(killed.path("state").asString()).isEqualTo("interrupted");
      assertThat(killed.path("requestedBy").asString()).isEqualTo("scheduler");
      JsonNode cancelled =
          api.call("GET", "/api/v1/models/retrain/" + cancelledId, "analyst").body();
      assertThat(cancelled.path("state").asString()).isEqualTo("cancelled");
      assertThat(cancelled.path("cancelledBy").asString()).isEqualTo("admin");
      assertThat(api.call("GET", "/api/v1/models/retrain", "analyst").body())
          .extracting(job -> job.path("id").asString())
          .containsExactlyInAnyOrder(cancelledId, runningId, "killed-1");
      Response late = api.call("DELETE", "/api/v1/models/retrain/" + runningId, "admin");
      assertThat(late.status()).isEqualTo(409);
      assertThat(late.body().path("state").asString()).isEqualTo("interrupted");

      // nothing is left running: a new retraining starts
      String next =
          api.call("POST", "/api/v1/models/retrain", "admin").body().path("id").asString();
      assertThat(api.call("DELETE", "/api/v1/models/retrain/" + next, "admin").status())
          .isEqualTo(200);
    }
  }

  private record Response(int status, JsonNode body) {}

  private final class Api {
    private final int port;

    Api(int port) {
      this.port = port;
    }

    Response call(String method, String path, String user) throws Exception {
      String credentials = user + ":" + user + "-pw";
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .header("Accept", "application/json")
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              .build();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Response(response.statusCode(), body.isBlank() ? null : json.readTree(body));
    }

    void await(String id, Predicate<JsonNode> condition) throws Exception {
      JsonNode job = null;
      for (int i = 0; i < 1200; i++) {
        job = call("GET", "/api/v1/models/retrain/" + id, "analyst").body();
        if (condition.test(job)) {
          return;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("retraining " + id + " never got there: " + job);
    }
  }
}
