package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulse correct}, {@code pulse review}, {@code pulse models} and {@code pulse retrain
 * --server} against a stand-in API.
 */
class FeedbackCommandsTest {

  @TempDir Path dir;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private StandInApi api;

  @BeforeEach
  void start() throws IOException {
    api =
        StandInApi.start(
            dir,
            "/api/v1",
            exchange -> {
              String path = exchange.getRequestURI().getPath();
              String sent =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              requests.add(exchange.getRequestMethod() + " " + path + " " + sent);
              String body;
              int status = 200;
              if (path.endsWith("/correction")) {
                body =
                    "{\"interactionId\":42,\"label\":\"neutral\",\"previousLabel\":\"negative\","
                        + "\"correctedBy\":\"lead\",\"correctedAt\":\"2026-11-23T10:00:00Z\"}";
              } else if (path.equals("/api/v1/review/queue")) {
                body =
                    "{\"pending\":7,\"items\":[{\"interactionId\":42,\"modelLabel\":\"negative\","
                        + "\"confidence\":0.41,\"text\":\"failure analysis attached\"}]}";
              } else if (path.equals("/api/v1/models/retrain/job-7")) {
                body =
                    "{\"id\":\"job-7\",\"requestedBy\":\"scheduler\",\"state\":\"cancelled\","
                        + "\"detail\":\"cancelled by lead while training\"}";
              } else if (path.equals("/api/v1/models/retrain/job-8")) {
                status = 409;
                body =
                    "{\"title\":\"Conflict\",\"detail\":\"retraining job-8 has already ended: promoted\"}";
              } else if (path.equals("/api/v1/models/rollback")) {
                status = 409;
                body =
                    "{\"title\":\"Conflict\",\"detail\":\"no earlier active model to roll back to\"}";
              } else {
                body =
                    "{\"active\":\"v2\",\"versions\":[{\"version\":\"v2\",\"status\":\"active\","
                        + "\"createdAt\":\"2026-11-23T10:00:00Z\",\"gate\":{\"candidate\":"
                        + "{\"holdoutAccuracy\":0.83,\"holdoutMacroF1\":0.79}}},{\"version\":\"v1\","
                        + "\"status\":\"retired\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"manifest\":"
                        + "{\"metrics\":{\"dev\":{\"accuracy\":0.825,\"macroF1\":0.78}}}}]}";
              }
              return new StandInApi.Answer(status, body);
            });
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  private Run run(Object command, String... args) {
    return api.run(command, args);
  }

  @Test
  void correctPostsTheLabelAndPrintsWhoAndWhen() {
    Run run = run(new FeedbackCommands.Correct(), "42", "--label", "neutral", "--note", "eng");

    assertThat(run.exitCode()).isZero();
    assertThat(requests)
        .containsExactly(
            "POST /api/v1/interactions/42/correction {\"label\":\"neutral\",\"note\":\"eng\"}");
    assertThat(run.out())
        .contains("interaction 42: negative -> neutral (by lead at 2026-11-23T10:00:00Z)");
  }

  @Test
  void reviewListsTheQueueAndAnswers() {
    Run list = run(new FeedbackCommands.Review(), "--limit", "5");
    assertThat(list.out()).contains("7 pending").contains("failure analysis attached");

    run(new FeedbackCommands.Review(), "42", "--label", "neutral");
    assertThat(requests.getLast()).isEqualTo("POST /api/v1/review/42 {\"label\":\"neutral\"}");
  }

  @Test
  void modelsListShowsGateOrManifestFiguresAndRefusalsAreOneLine() {
    Run list = run(new ModelsCommand.ListModels());
    assertThat(list.out()).containsPattern("v2 +active .* 0\\.8300 +0\\.7900");
    assertThat(list.out()).containsPattern("v1 +retired .* 0\\.8250 +0\\.7800");

    Run rollback = run(new ModelsCommand.Rollback());
    assertThat(rollback.exitCode()).isEqualTo(1);
    assertThat(rollback.err().strip())
        .isEqualTo("pulse models rollback: no earlier active model to roll back to (HTTP 409)");
  }

  @Test
  void retrainCancelDeletesTheJobAndSaysWhoHadAskedForIt() {
    Run cancel = run(new RetrainCommand(), "--server", "--cancel", "job-7");
    assertThat(cancel.exitCode()).as(cancel.err()).isZero();
    assertThat(requests).containsExactly("DELETE /api/v1/models/retrain/job-7 ");
    assertThat(cancel.out().strip())
        .isEqualTo("retraining job-7 (requested by scheduler): cancelled by lead while training");

    Run late = run(new RetrainCommand(), "--server", "--cancel", "job-8");
    assertThat(late.exitCode()).isEqualTo(1);
    assertThat(late.err().strip())
        .isEqualTo("pulse retrain: retraining job-8 has already ended: promoted (HTTP 409)");
  }
}
