package io.pulse.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How CLI commands reach a running Pulse server: base URL, user and password (HTTP Basic). The
 * password comes from {@code PULSE_PASSWORD}, else {@code --password-file}, else the generated
 * admin password that {@code pulse serve} keeps in its data directory. Problem responses become one
 * clear error line.
 */
final class ServerConnection {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          // a newer server may answer with more fields than this client knows
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Option(
      names = "--url",
      paramLabel = "URL",
      defaultValue = "${env:PULSE_URL:-http://localhost:8080}",
      description = "Pulse server (default: $PULSE_URL or ${DEFAULT-VALUE}).")
  String url;

  @Option(
      names = {"-u", "--user"},
      paramLabel = "USER",
      defaultValue = "${env:PULSE_USER:-admin}",
      description = "User (default: $PULSE_USER or ${DEFAULT-VALUE}); needs role analyst or admin.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "File holding the password (default: $PULSE_PASSWORD, else DATA-DIR/admin.password).")
  Path passwordFile;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "pulse-data",
      description =
          "Data directory of 'pulse serve', for its admin.password (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  private HttpClient client;

  /** GETs {@code path} with the non-null query parameters; returns the JSON answer. */
  JsonNode get(String path, Map<String, String> query) {
    StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach((name, value) -> {
      if (value != null) {
        params.add(encode(name) + "=" + encode(value));
      }
    });
    return send(HttpRequest.newBuilder(uri(path + params)).GET());
  }

  /** POSTs to {@code path} without a body; returns the JSON answer. */
  JsonNode post(String path) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** POSTs {@code body} as JSON to {@code path}; returns the JSON answer. */
  JsonNode post(String path, Object body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /**
   * POSTs {@code body} of {@code contentType} to {@code path} with the non-null query parameters.
   */
  JsonNode post(String path, Map<String, String> query, String contentType, byte[] body) {
    StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach((name, value) -> {
      if (value != null) {
        params.add(encode(name) + "=" + encode(value));
      }
    });
    return send(
        HttpRequest.newBuilder(uri(path + params))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** GETs {@code path} and reads the answer as the API type {@code type} (pulse-api). */
  <T> T get(String path, Map<String, String> query, Class<T> type) {
    return JSON.treeToValue(get(path, query), type);
  }

  /** POSTs to {@code path} without a body and reads the answer as {@code type}. */
  <T> T post(String path, Class<T> type) {
    return JSON.treeToValue(post(path), type);
  }

  /** POSTs {@code body} as JSON and reads the answer as {@code type}. */
  <T> T post(String path, Object body, Class<T> type) {
    return JSON.treeToValue(post(path, body), type);
  }

  /** An API value as indented JSON (the commands' {@code --json}). */
  static String pretty(Object value) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** DELETEs {@code path}; returns the JSON answer. */
  JsonNode delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode send(HttpRequest.Builder request) {
    String credentials = user + ":" + password();
    request
        .header("Accept", "application/json")
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofMinutes(5));
    HttpResponse<String> response;
    try {
      response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new IllegalStateException(
          "cannot reach the Pulse server at " + url + " (is 'pulse serve' running? see --url)");
    } catch (IOException e) {
      throw new IllegalStateException("request to " + url + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
    JsonNode body = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      String detail = body == null ? "" : body.path("detail").asString("");
      if (response.statusCode() == 401) {
        detail = "user '" + user + "' was not accepted: wrong password? " + detail;
      }
      throw new IllegalStateException(
          (detail.isBlank() ? "the server refused the request" : detail)
              + " (HTTP "
              + response.statusCode()
              + ")");
    }
    if (body == null) {
      throw new IllegalStateException("the server at " + url + " did not answer with JSON");
    }
    return body;
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  private URI uri(String pathAndQuery) {
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    try {
      URI uri = URI.create(base + pathAndQuery);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("scheme");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--url must be an http(s) URL, found '" + url + "'");
    }
  }

  private String password() {
    String fromEnv = System.getenv("PULSE_PASSWORD");
    if (passwordFile == null && fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    Path file = passwordFile != null ? passwordFile : dataDir.resolve("admin.password");
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "no password: set PULSE_PASSWORD or --password-file ("
              + file
              + " is not readable: "
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }
    return client;
  }
}
