package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse alerts} against a stand-in server that answers like the alert API. */
class AlertsCommandTest {

  private static final String ALERT =
      """
      {"id":"a1b2c3d4-0000-4000-8000-000000000001","kind":"NEGATIVE_COUNT","level":"RED",
       "status":"OPEN","series":"product=router-x","raisedAt":"2025-03-03T09:00:00Z",
       "reviewBy":"2025-03-03T10:00:00Z","overdue":true,"score":-0.74,"count":52,"negatives":50,
       "occurrences":1}\
      """;

  @TempDir Path dir;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private StandInApi api;

  @BeforeEach
  void start() throws IOException {
    api =
        StandInApi.start(
            dir,
            "/api/v1/alerts",
            exchange -> {
              String auth = exchange.getRequestHeaders().getFirst("Authorization");
              String query = exchange.getRequestURI().getRawQuery();
              requests.add(
                  exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestURI().getPath()
                      + (query == null
                          ? ""
                          : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8))
                      + " "
                      + new String(
                          Base64.getDecoder().decode(auth.substring("Basic ".length())),
                          StandardCharsets.UTF_8));
              String path = exchange.getRequestURI().getPath();
              int status = 200;
              String body;
              if (path.endsWith("/calibration")) {
                body = CALIBRATION;
              } else if (path.endsWith("/resolve")) {
                status = 409;
                body =
                    "{\"title\":\"Conflict\",\"detail\":\"cannot resolve alert x: it is OPEN, resolve"
                        + " needs ACKNOWLEDGED\"}";
              } else if (path.endsWith("/acknowledge")) {
                body =
                    ALERT
                        .replace("\"OPEN\"", "\"ACKNOWLEDGED\"")
                        .replace(
                            "\"occurrences\":1",
                            "\"occurrences\":1,\"acknowledgedBy\":\"lead\","
                                + "\"acknowledgedAt\":\"2025-03-03T09:20:00Z\"");
              } else {
                body = "{\"items\":[" + ALERT + "],\"page\":0,\"size\":50,\"total\":1}";
              }
              return new StandInApi.Answer(status, body);
            });
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void listSendsTheFiltersAsTheUserAndPrintsATable() {
    Run run =
        run(
            "list",
            "--level",
            "orange,red",
            "--status",
            "open",
            "--series",
            "product=router-x",
            "--user",
            "lead");

    assertThat(run.exitCode()).isZero();
    assertThat(requests)
        .containsExactly(
            "GET /api/v1/alerts?level=orange,red&status=open&series=product=router-x&page=0"
                + "&size=50 lead:s3cret");
    assertThat(run.out())
        .contains("a1b2c3d4-0000-4000-8000-000000000001  RED     OPEN!")
        .contains("negative_count")
        .contains("product=router-x")
        .contains("1-1 of 1")
        .contains("! = open past its review deadline");
  }

  @Test
  void ackPrintsWhoAndWhen() {
    Run run = run("ack", "a1b2c3d4-0000-4000-8000-000000000001", "--user", "lead");

    assertThat(run.exitCode()).isZero();
    assertThat(requests.getFirst())
        .startsWith("POST /api/v1/alerts/a1b2c3d4-0000-4000-8000-000000000001/acknowledge");
    assertThat(run.out()).contains("acknowledged by lead at 2025-03-03T09:20:00Z");
  }

  @Test
  void refusedTransitionIsOneLineAndExitCodeOne() {
    Run run = run("resolve", "a1b2c3d4-0000-4000-8000-000000000001");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "pulse alerts resolve: cannot resolve alert x: it is OPEN, resolve needs ACKNOWLEDGED"
                + " (HTTP 409)");
  }

  @Test
  void calibratePassesSettingsAndPrintsDays() {
    Run run = run("calibrate", "--set", "bands.orange.lower=-0.6", "--set", "cooldown=PT12H");

    assertThat(run.exitCode()).isZero();
    assertThat(requests.getFirst())
        .startsWith("GET /api/v1/alerts/calibration?bands.orange.lower=-0.6&cooldown=PT12H ");
    assertThat(run.out())
        .contains("replayed 120 interactions")
        .contains("2025-03-03       1       0       2       3       6")
        .contains("per day: green 0.5 yellow 0.0 orange 1.0 red 1.5")
        .contains("survey requests: 1");
  }

  @Test
  void unreachableServerSaysSo() {
    api.stop();

    Run run = run("list");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot reach the Pulse server at " + api.url());
  }

  @Test
  void missingPasswordNamesTheWaysToGiveOne() {
    Run run =
        AnalyticsCommandsTest.run(
            new AlertsCommand(),
            "list",
            "--url",
            api.url(),
            "--password-file",
            dir.resolve("none").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no password: set PULSE_PASSWORD or --password-file");
  }

  private Run run(String... args) {
    return api.run(new AlertsCommand(), args);
  }

  private static final String CALIBRATION =
      """
      {"from":"2025-03-02T00:00:00Z","to":"2025-03-04T00:00:00Z","zone":"UTC","interactions":120,
       "settings":{"bands.orange.lower":-0.6,"cooldown":"PT12H"},
       "perDay":{"GREEN":0.5,"YELLOW":0.0,"ORANGE":1.0,"RED":1.5},
       "perDayByKind":{"NEGATIVE_INTERACTION":2.5,"SUCCESS_STORY":0.5,"TREND_DROP":0.0},
       "report":{"firstDay":"2025-03-02","lastDay":"2025-03-03","surveyRequests":1,
         "days":[{"day":"2025-03-02","byLevel":{"GREEN":0,"YELLOW":0,"ORANGE":0,"RED":0},"total":0},
                 {"day":"2025-03-03","byLevel":{"GREEN":1,"YELLOW":0,"ORANGE":2,"RED":3},"total":6}]}}
      """;
}
