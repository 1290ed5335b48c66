package io.pulse.ingest;

import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;
import io.pulse.insight.Message;
import io.pulse.insight.MessageAnalyzer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-scores interactions whose current score came from the lexicon fallback, once the model scores
 * again: adds a score row with the model's version, moves {@code is_current} to it (the fallback
 * row stays as history) and refreshes mixed parts, aspects and emotions. Runs every {@code
 * pulse.insight.rescore-interval} (PT0S switches the schedule off) and on demand ({@code POST
 * /api/v1/interactions/rescore-fallback}). A row whose current score changed meanwhile (e.g. a
 * human correction) is left alone.
 */
@Component
class FallbackRescorer {

  private static final Logger LOG = LoggerFactory.getLogger(FallbackRescorer.class);
  private static final int BATCH = 500;
  private static final String PENDING =
      "SELECT i.id, i.redacted_text, i.language FROM interactions i JOIN scores s"
          + " ON s.interaction_id = i.id AND s.is_current = TRUE"
          + " WHERE s.fallback = TRUE AND i.id > :after ORDER BY i.id LIMIT :limit";

  /** Outcome of one run. */
  record Report(int rescored, long stillFallback, String modelVersion) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final MessageAnalyzer analyzer;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;
  private final Duration interval;
  private final ReentrantLock running = new ReentrantLock();
  private volatile ScheduledExecutorService executor;

  FallbackRescorer(
      NamedParameterJdbcTemplate jdbc,
      TransactionTemplate transactions,
      MessageAnalyzer analyzer,
      JsonMapper json,
      ApplicationEventPublisher events,
      @Value("${pulse.insight.rescore-interval:PT10M}") Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException(
          "pulse.insight.rescore-interval must be PT0S (off) or positive; found " + interval);
    }
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.analyzer = analyzer;
    this.json = json;
    this.events = events;
    this.interval = interval;
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule() {
    if (interval.isZero()) {
      return;
    }
    ScheduledExecutorService service =
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "pulse-rescore");
          t.setDaemon(true);
          return t;
        });
    executor = service;
    service.scheduleWithFixedDelay(
        () -> {
          try {
            Report report = rescore(Integer.MAX_VALUE);
            if (report.rescored() > 0) {
              LOG.info(
                  "re-scored {} fallback interactions with {}",
                  report.rescored(),
                  report.modelVersion());
            }
          } catch (RuntimeException e) {
            LOG.error("re-scoring fallback interactions failed: {}", e.getClass().getName());
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledExecutorService service = executor;
    if (service != null) {
      service.shutdownNow();
    }
  }

  /**
   * Re-scores up to {@code limit} fallback-scored interactions, oldest first; stops early when the
   * model is still missing (the batch fell back again).
   */
  Report rescore(int limit) {
    running.lock();
    try {
      int done = 0;
      long after = 0;
      String version = null;
      while (done < limit) {
        List<Row> rows =
            jdbc.query(
                PENDING,
                new MapSqlParameterSource("after", after)
                    .addValue("limit", Math.min(BATCH, limit - done)),
                (rs, n) ->
                    new Row(
                        rs.getLong("id"), rs.getString("redacted_text"), rs.getString("language")));
        if (rows.isEmpty()) {
          break;
        }
        after = rows.getLast().id();
        List<Analysis> analyses =
            analyzer.analyzeAll(
                rows.stream().map(r -> new Message(r.text(), r.language())).toList());
        if (analyses.stream().allMatch(a -> a.score() == null || a.fallback())) {
          break; // the model is still missing: try again next time
        }
        for (int i = 0; i < rows.size(); i++) {
          Analysis a = analyses.get(i);
          if (a.score() != null && !a.fallback() && replace(rows.get(i).id(), a)) {
            done++;
            version = a.score().modelVersion();
          }
        }
      }
      Long left =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM scores WHERE fallback = TRUE AND is_current = TRUE",
              new MapSqlParameterSource(),
              Long.class);
      return new Report(done, left == null ? 0 : left, version);
    } finally {
      running.unlock();
    }
  }

  private boolean replace(long id, Analysis a) {
    Boolean replaced =
        transactions.execute(status -> {
          MapSqlParameterSource p = new MapSqlParameterSource("id", id);
          List<Double> fallbackScore =
              jdbc.queryForList(
                  "SELECT score FROM scores"
                      + " WHERE interaction_id = :id AND is_current = TRUE AND fallback = TRUE",
                  p,
                  Double.class);
          int moved =
              jdbc.update(
                  "UPDATE scores SET is_current = FALSE"
                      + " WHERE interaction_id = :id AND is_current = TRUE AND fallback = TRUE",
                  p);
          if (moved != 1) {
            status.setRollbackOnly();
            return false; // changed meanwhile (e.g. corrected by a person)
          }
          SentimentScore s = a.score();
          p.addValue("model", s.modelVersion())
              .addValue("label", s.label().wireName())
              .addValue("score", s.score())
              .addValue("neg", s.negative())
              .addValue("neu", s.neutral())
              .addValue("pos", s.positive())
              .addValue("confidence", s.confidence())
              .addValue("now", OffsetDateTime.now(ZoneOffset.UTC));
          jdbc.update(
              "DELETE FROM scores WHERE interaction_id = :id AND model_version = :model", p);
          jdbc.update(
              "INSERT INTO scores (interaction_id, model_version, label, score, p_neg, p_neu,"
                  + " p_pos, confidence, is_current, scored_at, fallback) VALUES (:id, :model,"
                  + " :label, :score, :neg, :neu, :pos, :confidence, TRUE, :now, FALSE)",
              p);
          InsightColumns.add(p, a, json);
          jdbc.update("UPDATE interactions SET " + InsightColumns.UPDATE + " WHERE id = :id", p);
          jdbc.update("DELETE FROM interaction_aspects WHERE interaction_id = :id", p);
          events.publishEvent(new ScoreChanged(id, fallbackScore.getFirst(), s.score()));
          List<MapSqlParameterSource> aspects = new ArrayList<>();
          for (Analysis.AspectScore aspect : a.aspects()) {
            aspects.add(
                new MapSqlParameterSource("id", id)
                    .addValue("aspect", aspect.aspect())
                    .addValue("score", Math.max(-1, Math.min(1, aspect.score()))));
          }
          jdbc.batchUpdate(
              "INSERT INTO interaction_aspects (interaction_id, aspect, score)"
                  + " VALUES (:id, :aspect, :score)",
              aspects.toArray(MapSqlParameterSource[]::new));
          return true;
        });
    return Boolean.TRUE.equals(replaced);
  }

  private record Row(long id, String text, String language) {}
}
