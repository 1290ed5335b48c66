package io.pulse.alerts.api;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.DispatchResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the alert engine's periodic work. On start, before the server accepts requests, it rebuilds
 * the rolling windows from the stored scores of the last baseline + window (they live in memory);
 * then, every {@code pulse.alerts.tick}, it escalates overdue alerts and drains the outbox (failed
 * deliveries stay pending with back-off). Trend alerts need no tick: they are evaluated as each
 * score arrives.
 */
@Component
class AlertScheduler implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);

  /** Dispatch rounds per tick (100 deliveries each), so one tick stays short. */
  private static final int MAX_ROUNDS = 20;

  private final AlertEngine engine;
  private final AlertSettings settings;
  private final ScoreHistory history;
  private final JdbcOutbox outbox;
  private final EngineTransactions transactions;
  private final Clock clock;
  private final AtomicLong pending = new AtomicLong();
  private volatile ScheduledExecutorService executor;

  @Autowired
  AlertScheduler(
      AlertEngine engine,
      AlertSettings settings,
      ScoreHistory history,
      JdbcOutbox outbox,
      EngineTransactions transactions,
      MeterRegistry meters) {
    this(engine, settings, history, outbox, transactions, meters, AlertsConfig.MICROS);
  }

  /** With the clock of {@code engine}, which decides what "recent history" is when priming. */
  AlertScheduler(
      AlertEngine engine,
      AlertSettings settings,
      ScoreHistory history,
      JdbcOutbox outbox,
      EngineTransactions transactions,
      MeterRegistry meters,
      Clock clock) {
    this.clock = clock;
    this.engine = engine;
    this.settings = settings;
    this.history = history;
    this.transactions = transactions;
    Gauge.builder("pulse.alerts.outbox.pending", pending, AtomicLong::get)
        .description("notifications not accepted by their receiver yet (at the last tick)")
        .register(meters);
    this.outbox = outbox;
  }

  /** What one tick did. */
  record Tick(int escalated, int delivered, int failed) {}

  @Override
  public void start() {
    if (!settings.enabled()) {
      return;
    }
    prime();
    ScheduledExecutorService service =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pulse-alerts").daemon().factory());
    long millis = settings.tick().toMillis();
    service.scheduleWithFixedDelay(this::tickSafely, millis, millis, TimeUnit.MILLISECONDS);
    executor = service;
  }

  @Override
  public void stop() {
    ScheduledExecutorService service = executor;
    executor = null;
    if (service != null) {
      service.shutdown();
      try {
        service.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }

  /** Before the web server (which starts in a late phase), so no request sees unprimed windows. */
  @Override
  public int getPhase() {
    return 0;
  }

  /** Escalates overdue alerts, then sends the deliveries that are due. */
  Tick tick() {
    List<Alert> escalated = transactions.run(status -> engine.escalateOverdue());
    int delivered = 0;
    int failed = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      DispatchResult result = engine.dispatchDue();
      delivered += result.delivered();
      failed += result.failed();
      if (result.delivered() + result.failed() == 0) {
        break;
      }
    }
    pending.set(outbox.pendingCount());
    return new Tick(escalated.size(), delivered, failed);
  }

  private void tickSafely() {
    try {
      Tick tick = tick();
      if (tick.escalated() + tick.delivered() + tick.failed() > 0) {
        LOG.info(
            "alerts: {} escalated, {} notifications delivered, {} failed (will retry)",
            tick.escalated(),
            tick.delivered(),
            tick.failed());
      }
    } catch (RuntimeException e) {
      LOG.error("alert tick failed: {}", e.getClass().getName());
    }
  }

  /** Feeds the recent history to the engine's windows without raising alerts. */
  long prime() {
    long start = System.nanoTime();
    Instant now = clock.instant();
    Instant from =
        now.minus(settings.config().trend().baseline()).minus(settings.config().trend().window());
    long[] count = {0};
    history.forEach(
        from,
        now.plusSeconds(1),
        score -> {
          engine.prime(score);
          count[0]++;
        });
    LOG.info(
        "alerts: windows rebuilt from {} stored scores since {} in {} ms",
        count[0],
        from,
        (System.nanoTime() - start) / 1_000_000);
    return count[0];
  }
}
