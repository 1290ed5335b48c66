package io.pulse.scores;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.store.Applied;
import io.pulse.store.InteractionStore;
import io.pulse.store.QueuedInteraction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Metrics of scoring behind the request path: queue depth and age of the oldest queued interaction
 * (gauges, read from the database at most once a second, so they cover every instance), batch
 * sizes, and the time from accept to stored score.
 */
@Component
class ScoringMetrics {

  private static final Duration FRESH = Duration.ofSeconds(1);

  private final InteractionStore store;
  private final JdbcTemplate jdbc;
  private final Clock clock = Clock.systemUTC();
  private final DistributionSummary batchSizes;
  private final Timer acceptToScored;
  private volatile Sample last = new Sample(Instant.EPOCH, new InteractionStore.Backlog(0, null));

  ScoringMetrics(InteractionStore store, JdbcTemplate jdbc, MeterRegistry meters) {
    this.store = store;
    this.jdbc = jdbc;
    this.batchSizes =
        DistributionSummary.builder("pulse.scoring.batch.size")
            .description("interactions per scoring micro-batch")
            .register(meters);
    this.acceptToScored =
        Timer.builder("pulse.scoring.accept-to-scored")
            .description("from accepting an interaction to committing its score")
            .register(meters);
    Gauge.builder("pulse.scoring.queue.depth", this, m -> m.backlog().depth())
        .description("interactions waiting for scoring (all instances)")
        .register(meters);
    Gauge.builder("pulse.scoring.queue.oldest.age", this, m -> m.oldestAge().toMillis() / 1000.0)
        .description("seconds the oldest queued interaction has waited")
        .baseUnit("seconds")
        .register(meters);
  }

  /** Records a committed batch. */
  void batch(List<QueuedInteraction> items, Applied applied, Instant committed) {
    batchSizes.record(items.size());
    for (QueuedInteraction item : items) {
      if (item.enqueuedAt() != null && applied.decisions().containsKey(item.id())) {
        acceptToScored.record(Duration.between(item.enqueuedAt(), committed));
      }
    }
  }

  /** The backlog, read again when the last reading is older than a second. */
  InteractionStore.Backlog backlog() {
    Sample sample = last;
    Instant now = clock.instant();
    if (Duration.between(sample.at(), now).compareTo(FRESH) > 0) {
      sample = new Sample(now, jdbc.execute(store::backlog));
      last = sample;
    }
    return sample.backlog();
  }

  /** How long the oldest queued interaction has waited (zero when none waits). */
  Duration oldestAge() {
    Instant oldest = backlog().oldestEnqueuedAt();
    return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
  }

  private record Sample(Instant at, InteractionStore.Backlog backlog) {}
}
