package io.pulse.scores;

import io.pulse.api.FallbackReport;
import io.pulse.api.RescoreReport;
import io.pulse.insight.Analysis;
import io.pulse.store.Applied;
import io.pulse.store.InteractionStore;
import io.pulse.store.QueuedInteraction;
import io.pulse.store.ScoreChanged;
import io.pulse.store.ScoreDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-scoring of stored interactions through the same path as first scoring ({@link BatchAnalyzer},
 * then {@link InteractionStore#apply}): with a newly activated model over a time range, or with the
 * model again where the lexicon fallback scored while it was down. Each batch is one transaction;
 * replaced scores are published as {@link ScoreChanged}.
 */
@Component
class Rescoring {

  private static final int BATCH = 200;

  private final InteractionStore store;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ScoreEvents events;
  private final BatchAnalyzer analyzer;
  private final Clock clock = Clock.systemUTC();
  private final ReentrantLock fallbackRunning = new ReentrantLock();

  Rescoring(
      InteractionStore store,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      ScoreEvents events,
      BatchAnalyzer analyzer) {
    this.store = store;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.analyzer = analyzer;
  }

  RescoreReport rescoreRange(Instant from, Instant to) {
    long after = -1;
    int[] counts = new int[4];
    String version = null;
    while (true) {
      long last = after;
      List<QueuedInteraction> rows = read(c -> store.occurredBetween(c, from, to, last, BATCH));
      if (rows.isEmpty()) {
        return new RescoreReport(version, counts[0], counts[1], counts[2], counts[3]);
      }
      after = rows.getLast().id();
      Batch batch = analyse(rows);
      version = batch.version() == null ? version : batch.version();
      Applied applied = apply(batch.analyses(), ScoreChanged.Cause.RESCORE);
      counts[0] +=
          (int) (applied.count(ScoreDecision.REPLACED) + applied.count(ScoreDecision.FIRST));
      counts[1] += (int) applied.count(ScoreDecision.UNCHANGED);
      counts[2] += (int) applied.count(ScoreDecision.KEPT_HUMAN);
      counts[3] +=
          (int) (applied.count(ScoreDecision.KEPT_CURRENT) + applied.count(ScoreDecision.UNSCORED));
    }
  }

  FallbackReport rescoreFallback(int limit) {
    fallbackRunning.lock();
    try {
      int done = 0;
      long after = 0;
      String version = null;
      while (done < limit) {
        long last = after;
        int size = Math.min(BATCH, limit - done);
        List<QueuedInteraction> rows = read(c -> store.fallbackScored(c, last, size));
        if (rows.isEmpty()) {
          break;
        }
        after = rows.getLast().id();
        Batch batch = analyse(rows);
        if (batch.version() == null) {
          break; // the model is still missing: try again next time
        }
        version = batch.version();
        done +=
            (int)
                apply(batch.analyses(), ScoreChanged.Cause.FALLBACK_REPLACED)
                    .count(ScoreDecision.REPLACED);
      }
      return new FallbackReport(done, read(store::fallbackCount), version);
    } finally {
      fallbackRunning.unlock();
    }
  }

  private Batch analyse(List<QueuedInteraction> rows) {
    List<Analysis> analyses = analyzer.analyze(rows);
    Map<Long, Analysis> byId = new LinkedHashMap<>();
    String version = null;
    for (int i = 0; i < rows.size(); i++) {
      Analysis a = analyses.get(i);
      byId.put(rows.get(i).id(), a);
      if (a.score() != null && !a.fallback()) {
        version = a.score().modelVersion();
      }
    }
    return new Batch(byId, version);
  }

  private Applied apply(Map<Long, Analysis> analyses, ScoreChanged.Cause cause) {
    Applied applied =
        transactions.execute(status -> {
          Applied stored =
              jdbc.execute(
                  (ConnectionCallback<Applied>)
                      c -> store.apply(c, analyses, cause, clock.instant()));
          events.publish(stored);
          return stored;
        });
    events.committed();
    return applied;
  }

  private <T> T read(ConnectionCallback<T> query) {
    return jdbc.execute(query);
  }

  /** Analyses by interaction id, and the model version that scored (null: none did). */
  private record Batch(Map<Long, Analysis> analyses, String version) {}
}
