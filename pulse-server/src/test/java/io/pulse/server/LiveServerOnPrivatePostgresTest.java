package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentScorer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The server over real HTTP against a PostgreSQL of its own. Container-level behaviour (Tomcat's
 * refusals, the session cookie), and the database stopped in the middle of a bulk ingest: the
 * request answers 503 with Retry-After, so do requests during the outage, health and readiness say
 * DOWN with HTTP 503 while liveness stays UP; after the restart everything answers again, resending
 * the body stores what was missing and nothing twice, and no log line contains the planted text.
 */
@SpringBootTest(
    classes = PulseApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class LiveServerOnPrivatePostgresTest {

  private static final int ITEMS = 1200;

  /** Sent before the stop: more than the server buffers (64k characters), so batches commit. */
  private static final int BEFORE_STOP = 1000;

  private static final String PLANTED = "planted-" + UUID.randomUUID();
  private static PrivatePostgres postgres;

  @TestBean(name = "sentimentScorer", methodName = "io.pulse.server.FakeScorer#create")
  SentimentScorer scorer;

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> cluster().url());
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("pulse.data-dir", () -> ServerTestSupport.newDataDir().toString());
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }

  private static synchronized PrivatePostgres cluster() {
    if (postgres == null) {
      postgres = PrivatePostgres.start();
    }
    return postgres;
  }

  @AfterAll
  static void removeCluster() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void outageMidIngestIs503WithRetryAfterAndRecoversWithoutLossOrLeak(CapturedOutput log)
      throws Exception {
    String prefix = "outage-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

    // A bulk request whose body arrives in two parts: the database stops in between.
    PipedOutputStream body = new PipedOutputStream();
    PipedInputStream source = new PipedInputStream(body, 1 << 16);
    CompletableFuture<HttpResponse<String>> answer =
        http.sendAsync(
            request("/api/v1/interactions/bulk")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> source))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    write(body, prefix, 0, BEFORE_STOP);
    awaitStored(prefix, 256);
    cluster().stop();
    CompletableFuture.runAsync(() -> {
      try (body) {
        write(body, prefix, BEFORE_STOP, ITEMS);
      } catch (IOException e) {
        // the server may answer before it has read everything
      }
    });

    HttpResponse<String> midBatch = answer.get();
    assertUnavailable(midBatch);
    assertUnavailable(get("/api/v1/interactions?product=" + prefix));
    assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

    cluster().startAgain();
    awaitReady();
    HttpResponse<String> resent =
        http.send(
            request("/api/v1/interactions/bulk")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines(prefix, 0, ITEMS)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(resent.statusCode()).isEqualTo(200);
    assertThat(stored(prefix)).as("every item stored exactly once").isEqualTo(ITEMS);

    assertThat(log.getAll().lines().filter(line -> line.contains(PLANTED)))
        .as("log lines with planted message text")
        .isEmpty();
  }

  @Test
  void pathsTomcatRefusesAnswerProblemJson() throws Exception {
    for (String path : new String[] {"/api/v1/interactions/1%2F2", "/api/v1/interactions/1%002"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).contains("\"status\":400").doesNotContain("<html");
    }
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpResponse<String> toLogin =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(toLogin.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
  }

  private static void assertUnavailable(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private HttpRequest.Builder request(String path) {
    String credentials =
        Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void write(OutputStream out, String prefix, int from, int to) throws IOException {
    out.write(lines(prefix, from, to).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** NDJSON items whose text and customer carry the planted text. */
  private static String lines(String prefix, int from, int to) {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      lines.append(
          """
          {"externalId":"%s-%d","channel":"email","timestamp":"2025-03-01T10:00:00Z",\
          "customer":"%s-customer","product":"%s","text":"the delivery was late %s"}
          """
              .formatted(prefix, i, PLANTED, prefix, PLANTED));
    }
    return lines.toString();
  }

  private void awaitStored(String prefix, int count) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (stored(prefix) < count) {
      assertThat(Instant.now()).as("items stored before the stop").isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plusSeconds(90);
    while (get("/actuator/health/readiness").statusCode() != 200) {
      assertThat(Instant.now()).as("ready again after the restart").isBefore(deadline);
      Thread.sleep(500);
    }
  }

  private static long stored(String prefix) throws SQLException {
    try (Connection c = DriverManager.getConnection(cluster().url(), "postgres", "");
        var statement = c.prepareStatement("SELECT COUNT(*) FROM interactions WHERE product = ?")) {
      statement.setString(1, prefix);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
