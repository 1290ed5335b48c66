package io.pulse.feedback;

import io.pulse.server.ApiProblem;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Starts a retraining at the times of {@code pulse.feedback.retrain-cron} (Spring cron syntax,
 * server time zone, e.g. {@code 0 0 3 * * SUN}); {@code -} (the default) schedules nothing.
 */
@Component
class RetrainSchedule implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RetrainSchedule.class);

  private final CronExpression cron;
  private final RetrainJobs jobs;
  private final ScheduledExecutorService timer;

  RetrainSchedule(FeedbackProperties properties, RetrainJobs jobs) {
    this.jobs = jobs;
    String expression = properties.retrainCron().strip();
    if (expression.isEmpty() || "-".equals(expression)) {
      this.cron = null;
      this.timer = null;
      return;
    }
    try {
      this.cron = CronExpression.parse(expression);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "pulse.feedback.retrain-cron must be a Spring cron expression (six fields, e.g."
              + " '0 0 3 * * SUN') or '-'; found '"
              + expression
              + "'",
          e);
    }
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pulse-retrain-schedule").daemon().factory());
    scheduleNext();
  }

  private void scheduleNext() {
    ZonedDateTime now = ZonedDateTime.now();
    ZonedDateTime next = cron.next(now);
    if (next == null) {
      return;
    }
    long delay = Math.max(0, Duration.between(now, next).toMillis());
    LOG.info("next scheduled retraining at {}", next);
    timer.schedule(this::fire, delay, TimeUnit.MILLISECONDS);
  }

  private void fire() {
    try {
      jobs.start("scheduler");
    } catch (ApiProblem e) {
      LOG.warn("scheduled retraining skipped: {}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("scheduled retraining failed to start: {}", e.getClass().getName());
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
