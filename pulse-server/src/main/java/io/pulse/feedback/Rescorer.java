package io.pulse.feedback;

import io.pulse.core.SentimentScore;
import io.pulse.ingest.ScoreChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-scores the interactions of a time range with the model in service. Each new score is a row of
 * its own (older versions' rows stay as history) and becomes current, except where a person's
 * correction is current: then the model's row is stored but the human label stays the gold label.
 * Only interactions whose current score came from a registered model are re-scored: unscored ones,
 * lexicon-fallback scores (their own re-score job) and scores of other languages' models are left
 * alone.
 */
@Component
class Rescorer {

  private static final int BATCH = 200;

  /**
   * What a re-scoring did.
   *
   * @param version model version of the new scores
   * @param rescored interactions whose current score is now the new model's
   * @param unchanged interactions already scored by that model
   * @param keptHuman interactions whose human correction stayed current
   * @param skipped interactions left alone (unscored, fallback, another language's model)
   */
  record Result(String version, int rescored, int unchanged, int keptHuman, int skipped) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ModelRegistry registry;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  Rescorer(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      ModelRegistry registry,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.registry = registry;
    this.events = events;
  }

  /** Re-scores interactions that occurred in [from, to). */
  Result rescore(Instant from, Instant to) {
    long after = -1;
    int rescored = 0;
    int unchanged = 0;
    int keptHuman = 0;
    int skipped = 0;
    String version = registry.scorer().version();
    Set<String> registered =
        new HashSet<>(
            jdbc.sql("SELECT model_version FROM model_versions").query(String.class).list());
    while (true) {
      List<Object[]> rows =
          jdbc.sql(
                  "SELECT id, redacted_text FROM interactions WHERE occurred_at >= :from"
                      + " AND occurred_at < :to AND id > :after ORDER BY id LIMIT :limit")
              .param("from", from.atOffset(ZoneOffset.UTC))
              .param("to", to.atOffset(ZoneOffset.UTC))
              .param("after", after)
              .param("limit", BATCH)
              .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
              .list();
      if (rows.isEmpty()) {
        return new Result(version, rescored, unchanged, keptHuman, skipped);
      }
      after = (long) rows.getLast()[0];
      List<SentimentScore> scores =
          registry.scorer().scoreAll(rows.stream().map(r -> (String) r[1]).toList());
      version = scores.getFirst().modelVersion();
      int[] counts =
          transactions.execute(status -> {
            int[] c = new int[4];
            for (int i = 0; i < rows.size(); i++) {
              c[store((long) rows.get(i)[0], scores.get(i), registered)]++;
            }
            return c;
          });
      rescored += counts[0];
      unchanged += counts[1];
      keptHuman += counts[2];
      skipped += counts[3];
    }
  }

  /** Stores one new score; returns 0 rescored, 1 unchanged, 2 human kept, 3 skipped. */
  private int store(long id, SentimentScore score, Set<String> registered) {
    jdbc.sql("SELECT id FROM interactions WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(Long.class)
        .optional();
    Optional<CurrentScore> before =
        jdbc.sql(
                "SELECT model_version, score FROM scores WHERE interaction_id = :id"
                    + " AND is_current = TRUE AND fallback = FALSE")
            .param("id", id)
            .query((rs, n) -> new CurrentScore(rs.getString(1), rs.getDouble(2)))
            .optional();
    String current = before.map(CurrentScore::modelVersion).orElse("");
    if (current.equals(score.modelVersion())) {
      return 1;
    }
    boolean human = current.startsWith(CorrectionStore.HUMAN);
    if (!human && !registered.contains(current)) {
      return 3;
    }
    if (!human) {
      jdbc.sql(
              "UPDATE scores SET is_current = FALSE WHERE interaction_id = :id AND is_current = TRUE")
          .param("id", id)
          .update();
    }
    ScoreRows.upsert(jdbc, id, score, !human, OffsetDateTime.now(clock));
    if (!human) {
      events.publishEvent(new ScoreChanged(id, before.orElseThrow().score(), score.score()));
    }
    return human ? 2 : 0;
  }

  private record CurrentScore(String modelVersion, double score) {}
}
