package io.pulse.cli;

import io.pulse.api.ScoringBacklog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP of {@code pulse bench-ingest}: one server, HTTP Basic, loopback addresses only. */
final class BenchClient {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private final URI base;
  private final String auth;

  BenchClient(URI base, String user, String password) throws IOException {
    if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("--url must point at a loopback address; found " + base);
    }
    this.base = base;
    this.auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  URI base() {
    return base;
  }

  /** POSTs {@code body}; returns the answer, or throws naming path and status. */
  String post(String path, String type, CharSequence body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", auth)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** GETs {@code path} as JSON. */
  JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(1))
            .header("Authorization", auth)
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Whether the server answers its health endpoint. */
  boolean up() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/actuator/health"))
              .timeout(Duration.ofSeconds(2))
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits until no interaction waits for scoring; returns when that was seen. */
  long drained(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      ScoringBacklog backlog =
          JSON.treeToValue(get("/api/v1/scoring/backlog"), ScoringBacklog.class);
      if (backlog.queued() == 0) {
        return System.nanoTime();
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the scoring backlog did not drain within " + timeout);
  }

  /** Interactions this server instance scored (its scoring batch sizes added up). */
  double scoredHere() throws IOException, InterruptedException {
    for (JsonNode m : get("/actuator/metrics/pulse.scoring.batch.size").path("measurements")) {
      if ("TOTAL".equals(m.path("statistic").asString())) {
        return m.path("value").asDouble();
      }
    }
    return 0;
  }
}
