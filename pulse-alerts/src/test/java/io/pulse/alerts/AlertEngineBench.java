package io.pulse.alerts;

import io.pulse.core.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cost of {@link AlertEngine#onScored} with default settings on a synthetic stream: 28 days, one
 * score every 10 s, 5,000 customers, 20 products, 8 channels, 12 topics, scores uniform in [-1, 1]
 * (so many alerts are raised and de-duplicated). The first pass warms the JIT and is not counted.
 * Not a unit test: run by hand, see docs/benchmarks.md.
 */
final class AlertEngineBench {

  private static final Instant START = Instant.parse("2025-02-03T00:00:00Z");
  private static final int SCORES = 28 * 24 * 360;

  private AlertEngineBench() {}

  public static void main(String[] args) {
    List<InteractionScore> stream = stream();
    run(stream); // warm-up
    long before = usedHeap();
    MutableClock clock = new MutableClock(START);
    AlertEngine engine = AlertEngine.builder().clock(clock).build();
    long nanos = run(engine, clock, stream);
    long retained = usedHeap() - before;
    System.out.printf(
        "onScored: %d scores in %.2f s = %.0f scores/s, %.1f us/score; engine state ~%d MiB%n",
        SCORES, nanos / 1e9, SCORES / (nanos / 1e9), nanos / 1e3 / SCORES, retained >> 20);
    System.out.println("red threshold check: " + engine.band(-0.6)); // keeps the engine reachable
  }

  private static void run(List<InteractionScore> stream) {
    MutableClock clock = new MutableClock(START);
    run(AlertEngine.builder().clock(clock).build(), clock, stream);
  }

  private static long run(AlertEngine engine, MutableClock clock, List<InteractionScore> stream) {
    long start = System.nanoTime();
    for (InteractionScore score : stream) {
      clock.set(score.occurredAt());
      engine.onScored(score);
    }
    return System.nanoTime() - start;
  }

  private static List<InteractionScore> stream() {
    SplittableRandom random = new SplittableRandom(7);
    Channel[] channels = Channel.values();
    return java.util.stream.IntStream.range(0, SCORES)
        .mapToObj(i ->
            new InteractionScore(
                "b" + i,
                START.plus(Duration.ofSeconds(10L * i)),
                random.nextDouble(-1, 1),
                "c_" + random.nextInt(5000),
                channels[random.nextInt(channels.length)],
                "p" + random.nextInt(20),
                List.of("t" + random.nextInt(12))))
        .toList();
  }

  private static long usedHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
