package io.pulse.cli;

import io.pulse.server.PulseServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code pulse bench-ingest}: a bounded load generator for the ingest API (loopback only). Phase 1
 * sends NDJSON bulk requests and reports sustained interactions/s; phase 2 sends single
 * interactions and reports latency percentiles. Texts are the bundled airline tweets, every tenth
 * with a planted e-mail and phone number so redaction does real work.
 */
@Command(
    name = "bench-ingest",
    mixinStandardHelpOptions = true,
    description =
        "Measures ingest -> redact -> score -> store: bulk throughput and single-request latency."
            + " Starts an embedded server unless --url is given; loopback addresses only.")
final class IngestBenchCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Option(names = "--url", description = "Running server, e.g. http://127.0.0.1:8080.")
  URI url;

  @Option(
      names = "--user",
      defaultValue = "admin",
      description = "User (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--password", description = "Password (embedded server: generated).")
  String password;

  @Option(
      names = "--db-url",
      description = "Embedded server: JDBC URL of an empty PostgreSQL database (default: H2).")
  String dbUrl;

  @Option(names = "--db-user", defaultValue = "postgres", description = "Database user.")
  String dbUser;

  @Option(names = "--bulk", defaultValue = "20000", description = "Interactions sent in bulk.")
  int bulk;

  @Option(names = "--batch", defaultValue = "1000", description = "Interactions per bulk request.")
  int batch;

  @Option(
      names = "--warmup",
      defaultValue = "20000",
      description =
          "Interactions sent in bulk before the timed phases and not counted, so that the JIT"
              + " compiler and PyTorch reach the steady state of a long-running server (default:"
              + " ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--single", defaultValue = "1000", description = "Single-interaction requests.")
  int single;

  @Option(names = "--concurrency", defaultValue = "2", description = "Parallel client threads.")
  int concurrency;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "bench-ingest",
        spec.commandLine().getErr(),
        () -> {
          if (bulk < 1 || bulk > 1_000_000 || single < 0 || single > 100_000 || batch < 1) {
            throw new IllegalArgumentException(
                "--bulk must be 1..1000000, --single 0..100000, --batch at least 1");
          }
          List<String> texts = tweets();
          if (url != null) {
            requireLoopback(url);
            return run(out, url, texts);
          }
          try (PulseServer server = PulseServer.start(embeddedSettings())) {
            return run(out, URI.create("http://127.0.0.1:" + server.port()), texts);
          }
        });
  }

  private Map<String, String> embeddedSettings() throws IOException {
    Path dataDir = Files.createTempDirectory("pulse-bench");
    password = UUID.randomUUID().toString();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("server.address", "127.0.0.1");
    settings.put("pulse.data-dir", dataDir.toString());
    settings.put("pulse.security.users." + user + ".password", password);
    settings.put("pulse.security.users." + user + ".roles", "ingest,analyst,admin");
    if (dbUrl != null) {
      settings.put("spring.profiles.active", "postgres");
      settings.put("spring.datasource.url", dbUrl);
      settings.put("spring.datasource.username", dbUser);
    }
    return settings;
  }

  private int run(PrintWriter out, URI base, List<String> texts) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    String run = UUID.randomUUID().toString().substring(0, 8);
    Client client = new Client(http, base, auth);

    out.printf("warm-up: %d interactions in bulk, %d single ...%n", warmup, Math.min(single, 100));
    out.flush();
    bulkPhase(client, texts, "w" + run, warmup);
    singlePhase(client, texts, "ws" + run, Math.min(single, 100));

    long start = System.nanoTime();
    int stored = bulkPhase(client, texts, "b" + run, bulk);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        "bulk:   %d interactions (%d per request, %d threads) in %.2f s = %.0f interactions/s%n",
        stored, batch, concurrency, seconds, stored / seconds);

    if (single > 0) {
      long[] latencies = singlePhase(client, texts, "s" + run, single);
      Arrays.sort(latencies);
      out.printf(
          "single: %d requests (%d threads): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          latencies.length,
          concurrency,
          percentile(latencies, 0.50),
          percentile(latencies, 0.95),
          percentile(latencies, 0.99),
          latencies[latencies.length - 1] / 1e6);
    }
    out.flush();
    return 0;
  }

  private int bulkPhase(Client client, List<String> texts, String prefix, int count)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    parallel(() -> {
      for (int from = next.getAndAdd(batch); from < count; from = next.getAndAdd(batch)) {
        StringBuilder body = new StringBuilder();
        for (int i = from; i < Math.min(count, from + batch); i++) {
          body.append(JSON.writeValueAsString(interaction(prefix, i, texts))).append('\n');
        }
        String report = client.post("/api/v1/interactions/bulk", "application/x-ndjson", body);
        created.addAndGet(JSON.readTree(report).path("created").asInt());
      }
    });
    return created.get();
  }

  private long[] singlePhase(Client client, List<String> texts, String prefix, int count)
      throws Exception {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    parallel(() -> {
      for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
        String body = JSON.writeValueAsString(interaction(prefix, i, texts));
        long start = System.nanoTime();
        client.post("/api/v1/interactions", "application/json", body);
        latencies[i] = System.nanoTime() - start;
      }
    });
    return latencies;
  }

  private void parallel(ThrowingRunnable task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < Math.max(1, concurrency); t++) {
        futures.add(
            pool.submit(() -> {
              task.run();
              return null;
            }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ObjectNode interaction(String prefix, int i, List<String> texts) {
    String text = texts.get(i % texts.size());
    if (i % 10 == 0) {
      text += " Reach me at bench.user" + i + "@example.com or +1 415 555 " + (1000 + i % 9000);
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("externalId", prefix + "-" + i);
    node.put("channel", i % 3 == 0 ? "email" : "social");
    node.put("timestamp", "2025-03-" + String.format("%02d", 1 + i % 28) + "T10:00:00Z");
    node.put("customer", "bench-customer-" + (i % 500));
    node.put("product", "product-" + (i % 6));
    node.put("text", text);
    return node;
  }

  private static List<String> tweets() throws IOException {
    try (InputStream raw =
        IngestBenchCommand.class.getClassLoader().getResourceAsStream("demo/train.csv.gz")) {
      if (raw == null) {
        throw new IllegalStateException("bundled demo tweets missing from the classpath");
      }
      List<String> texts = new ArrayList<>();
      for (CSVRecord record :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        texts.add(record.get("text"));
      }
      return texts;
    }
  }

  private static void requireLoopback(URI target) throws IOException {
    if (target.getHost() == null || !InetAddress.getByName(target.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("--url must point at a loopback address; found " + target);
    }
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private record Client(HttpClient http, URI base, String auth) {
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
  }
}
