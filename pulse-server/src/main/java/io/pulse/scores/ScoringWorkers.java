package io.pulse.scores;

import io.pulse.insight.Analysis;
import io.pulse.store.Applied;
import io.pulse.store.InteractionStore;
import io.pulse.store.QueuedInteraction;
import io.pulse.store.ScoreChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scoring workers of this instance: each claims a micro-batch of queued interactions ({@code
 * FOR UPDATE SKIP LOCKED}, so instances share the queue), analyses it with one {@code
 * MessageAnalyzer} call, and stores the analyses and removes the batch from the queue in the same
 * transaction: a crash before the commit returns the batch to the queue, after it nothing is left
 * to redo. Listeners (alerts, spot checks) hear of the scores in that transaction, so their writes
 * commit with the scores; waiting requests are woken after the commit. A batch that fails is
 * retried after {@code pulse.scoring.retry-delay}; after {@code max-attempts} its interactions are
 * stored unscored.
 */
@Component
class ScoringWorkers implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ScoringWorkers.class);

  private final InteractionStore store;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ScoreEvents events;
  private final BatchAnalyzer analyzer;
  private final ScoringProperties settings;
  private final ScoringMetrics metrics;
  private final Clock clock = Clock.systemUTC();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  ScoringWorkers(
      InteractionStore store,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      ScoreEvents events,
      BatchAnalyzer analyzer,
      ScoringProperties settings,
      ScoringMetrics metrics) {
    this.store = store;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.analyzer = analyzer;
    this.settings = settings;
    this.metrics = metrics;
  }

  @Override
  public synchronized void start() {
    running = true;
    for (int i = 0; i < settings.workers(); i++) {
      threads.add(Thread.ofPlatform().name("pulse-scoring-" + i).daemon().start(this::loop));
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    threads.forEach(Thread::interrupt);
    for (Thread thread : threads) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the alert scheduler (phase 0) primed its windows, before the web server. */
  @Override
  public int getPhase() {
    return 10;
  }

  private void loop() {
    while (running) {
      int scored;
      try {
        scored = scoreBatch();
      } catch (RuntimeException e) {
        // e.g. the database is down: nothing was committed; try again after the poll interval
        LOG.error("scoring batch failed: {}", e.getClass().getName());
        scored = 0;
      }
      if (scored < settings.batchSize()
          && running
          && !events.awaitWork(settings.pollInterval(), settings.maxWait(), settings.batchSize())) {
        return;
      }
    }
  }

  /**
   * Claims, analyses and stores one micro-batch in one transaction; returns its size (0 when the
   * queue had nothing due).
   */
  int scoreBatch() {
    Batch batch = transactions.execute(status -> jdbc.execute(this::scoreClaimed));
    if (batch == null) {
      return 0;
    }
    events.committed();
    metrics.batch(batch.items(), batch.applied(), clock.instant());
    return batch.items().size();
  }

  private Batch scoreClaimed(java.sql.Connection c) throws java.sql.SQLException {
    Instant now = clock.instant();
    List<QueuedInteraction> items = store.claim(c, settings.batchSize(), now);
    if (items.isEmpty()) {
      return null;
    }
    List<Analysis> analyses;
    try {
      analyses = analyzer.analyze(items);
    } catch (RuntimeException e) {
      LOG.error("scoring {} interactions failed: {}", items.size(), e.getClass().getName());
      return new Batch(items, failed(c, items, now));
    }
    Map<Long, Analysis> byId = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byId.put(items.get(i).id(), analyses.get(i));
    }
    Applied applied = store.apply(c, byId, ScoreChanged.Cause.RESCORE, clock.instant());
    events.publish(applied);
    return new Batch(items, applied);
  }

  /** Counts the failed attempt; interactions out of attempts are stored unscored. */
  private Applied failed(java.sql.Connection c, List<QueuedInteraction> items, Instant now)
      throws java.sql.SQLException {
    List<Long> retry = new ArrayList<>();
    List<Long> giveUp = new ArrayList<>();
    for (QueuedInteraction item : items) {
      (item.attempts() + 1 >= settings.maxAttempts() ? giveUp : retry).add(item.id());
    }
    store.retryLater(c, retry, now.plus(settings.retryDelay()));
    Applied applied =
        giveUp.isEmpty()
            ? new Applied(Map.of(), List.of(), List.of())
            : store.giveUp(c, giveUp, now);
    events.publish(applied);
    return applied;
  }

  /** A committed batch: what was claimed and what storing it did. */
  private record Batch(List<QueuedInteraction> items, Applied applied) {}
}
