package io.pulse.cli;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** The timed phases of {@code pulse bench-ingest}, each against one or more servers. */
final class BenchPhases {

  private final BenchLoad load;
  private final int batch;
  private final int concurrency;

  BenchPhases(BenchLoad load, int batch, int concurrency) {
    this.load = load;
    this.batch = batch;
    this.concurrency = concurrency;
  }

  /**
   * Sends {@code count} interactions of {@code phase} as NDJSON bulk requests on the concurrent
   * clients, request {@code r} to {@code clients[r % clients.length]}; returns how many were
   * created.
   */
  int bulk(String phase, int count, BenchClient... clients) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    BenchLoad.parallel(
        concurrency,
        () -> {
          for (int from = next.getAndAdd(batch); from < count; from = next.getAndAdd(batch)) {
            BenchClient client = clients[(from / batch) % clients.length];
            String report =
                client.post(
                    "/api/v1/interactions/bulk",
                    "application/x-ndjson",
                    load.ndjson(phase, from, Math.min(count, from + batch)));
            created.addAndGet(BenchClient.JSON.readTree(report).path("created").asInt());
          }
        });
    return created.get();
  }

  /** Sends {@code count} single interactions on the concurrent clients; returns each latency. */
  long[] single(BenchClient client, String phase, int count) throws Exception {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    BenchLoad.parallel(
        concurrency,
        () -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            String body = BenchClient.JSON.writeValueAsString(load.interaction(phase, i));
            long start = System.nanoTime();
            client.post("/api/v1/interactions", "application/json", body);
            latencies[i] = System.nanoTime() - start;
          }
        });
    return latencies;
  }

  /**
   * What an offered-rate phase got back.
   *
   * @param latencies accept latencies of the answered requests
   * @param failed requests that failed (e.g. a connection refused under overload)
   */
  record Offered(long[] latencies, int failed) {}

  /**
   * Offers single interactions at {@code rate} per second for {@code seconds} (open loop: a slow
   * answer does not slow the offer down).
   */
  Offered offered(BenchClient client, String phase, int rate, int seconds) throws Exception {
    int count = rate * seconds;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger failures = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < count; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        String body = BenchClient.JSON.writeValueAsString(load.interaction(phase, i));
        senders.submit(() -> {
          long sent = System.nanoTime();
          try {
            client.post("/api/v1/interactions", "application/json", body);
            latencies.add(System.nanoTime() - sent);
          } catch (Exception e) {
            failures.incrementAndGet();
          }
        });
      }
    }
    return new Offered(latencies.stream().mapToLong(Long::longValue).toArray(), failures.get());
  }

  /**
   * Accept-to-scored times of a phase's interactions, read back through the query API (both
   * instants are the server's: ingestedAt and the score's scoredAt).
   */
  static List<Duration> acceptToScored(BenchClient client, String product) throws Exception {
    List<Duration> times = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode answer =
          client.get("/api/v1/interactions?size=500&page=" + page + "&product=" + product);
      for (JsonNode item : answer.path("items")) {
        String scoredAt = item.path("score").path("scoredAt").asString("");
        if (!scoredAt.isEmpty()) {
          times.add(
              Duration.between(
                  OffsetDateTime.parse(item.path("ingestedAt").asString()),
                  OffsetDateTime.parse(scoredAt)));
        }
      }
      if (answer.path("next").isMissingNode() || answer.path("next").isNull()) {
        return times;
      }
    }
  }
}
