package io.pulse.gdpr;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/** Runs the retention purge on {@code pulse.retention.cron} ({@code -}: never). */
class RetentionSchedule implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

  private final CronExpression cron;
  private final Retention retention;
  private final ScheduledExecutorService timer;

  RetentionSchedule(String expression, Retention retention) {
    this.retention = retention;
    String e = expression.strip();
    if (e.isEmpty() || "-".equals(e)) {
      this.cron = null;
      this.timer = null;
      return;
    }
    try {
      this.cron = CronExpression.parse(e);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalStateException(
          "pulse.retention.cron must be a Spring cron expression (six fields, e.g. '0 30 2 * * *')"
              + " or '-'; found '"
              + e
              + "'",
          invalid);
    }
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pulse-retention").daemon().factory());
    scheduleNext();
  }

  private void scheduleNext() {
    ZonedDateTime now = ZonedDateTime.now();
    ZonedDateTime next = cron.next(now);
    if (next != null) {
      timer.schedule(this::fire, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void fire() {
    try {
      Retention.Report report = retention.purge(false, "scheduler");
      LOG.info("retention purge: {}", report.counts());
    } catch (RuntimeException e) {
      LOG.error("retention purge failed: {}", e.getClass().getName());
    }
    scheduleNext();
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
