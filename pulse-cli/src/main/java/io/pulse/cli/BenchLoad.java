package io.pulse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interactions {@code pulse bench-ingest} sends: the bundled airline tweets, every tenth with a
 * planted e-mail and phone number so redaction does real work, under one product per phase so that
 * the phase's interactions can be listed back.
 */
final class BenchLoad {

  private final List<String> texts;
  private final String run;

  BenchLoad(String run) throws IOException {
    this.texts = tweets();
    this.run = run;
  }

  /** Product of a phase's interactions (the query API filters by it). */
  String product(String phase) {
    return "bench-" + run + "-" + phase;
  }

  /** Start of the external ids of a phase's interactions. */
  String externalIdPrefix(String phase) {
    return run + "-" + phase + "-";
  }

  ObjectNode interaction(String phase, int i) {
    String text = texts.get(i % texts.size());
    if (i % 10 == 0) {
      text += " Reach me at bench.user" + i + "@example.com or +1 415 555 " + (1000 + i % 9000);
    }
    ObjectNode node = BenchClient.JSON.createObjectNode();
    node.put("externalId", externalIdPrefix(phase) + i);
    node.put("channel", i % 3 == 0 ? "email" : "social");
    // recent, so that alerts evaluate them as they would live traffic
    node.put("timestamp", OffsetDateTime.now().minusMinutes(i % 600).toString());
    node.put("customer", "bench-customer-" + (i % 500));
    node.put("product", product(phase));
    node.put("text", text);
    return node;
  }

  /** NDJSON of interactions [from, to) of a phase. */
  String ndjson(String phase, int from, int to) {
    StringBuilder body = new StringBuilder();
    for (int i = from; i < to; i++) {
      body.append(BenchClient.JSON.writeValueAsString(interaction(phase, i))).append('\n');
    }
    return body.toString();
  }

  /** Runs {@code task} on {@code threads} threads and waits for all. */
  static void parallel(int threads, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < Math.max(1, threads); t++) {
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

  /** Percentiles of nanosecond samples, as "p50 x ms, p95 y ms, p99 z ms, max w ms". */
  static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        java.util.Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
        at(sorted, 0.50),
        at(sorted, 0.95),
        at(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static List<String> tweets() throws IOException {
    try (InputStream raw =
        BenchLoad.class.getClassLoader().getResourceAsStream("demo/train.csv.gz")) {
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

  @FunctionalInterface
  interface Task {
    void run() throws Exception;
  }
}
