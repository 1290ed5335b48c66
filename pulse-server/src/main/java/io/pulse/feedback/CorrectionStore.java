package io.pulse.feedback;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.ingest.ScoreChanged;
import io.pulse.retrain.Correction;
import io.pulse.server.ApiProblem;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections: the audit trail in {@code corrections} and the gold label as the interaction's
 * current score. A correction inserts (or, for the same person, updates) a score row with model
 * version {@code human:<user>}, probability 1 for the corrected label, and moves {@code is_current}
 * to it: every query that reads the current score (interactions, aggregates, sentiment x RFM, alert
 * history) then reads the corrected label. Re-scoring keeps human rows current ({@link Rescorer}).
 * SQL runs on PostgreSQL and H2.
 */
@Repository
class CorrectionStore {

  /** Model version prefix of human labels in {@code scores}. */
  static final String HUMAN = "human:";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;

  CorrectionStore(
      JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
  }

  /**
   * Makes {@code label} the gold label of the interaction and records who and when; a pending spot
   * check of it is answered with the same label.
   *
   * @throws ApiProblem 404 when there is no such interaction
   */
  CorrectionView correct(
      long interactionId,
      SentimentLabel label,
      String user,
      String note,
      String source,
      OffsetDateTime now) {
    return transactions.execute(status -> {
      // locks the interaction: concurrent corrections of it run one after the other
      jdbc.sql("SELECT id FROM interactions WHERE id = :id FOR UPDATE")
          .param("id", interactionId)
          .query(Long.class)
          .optional()
          .orElseThrow(() -> ApiProblem.notFound("interaction", interactionId));
      Optional<CurrentScore> previous =
          jdbc.sql(
                  "SELECT model_version, label, score FROM scores"
                      + " WHERE interaction_id = :id AND is_current = TRUE")
              .param("id", interactionId)
              .query((rs, n) -> new CurrentScore(rs.getString(1), rs.getString(2), rs.getDouble(3)))
              .optional();
      jdbc.sql(
              "INSERT INTO corrections (interaction_id, label, previous_label,"
                  + " previous_model_version, corrected_by, corrected_at, note, source)"
                  + " VALUES (:id, :label, :previousLabel, :previousModel, :user, :now, :note,"
                  + " :source)")
          .param("id", interactionId)
          .param("label", label.wireName())
          .param("previousLabel", previous.map(CurrentScore::label).orElse(null), Types.VARCHAR)
          .param(
              "previousModel", previous.map(CurrentScore::modelVersion).orElse(null), Types.VARCHAR)
          .param("user", user)
          .param("now", now)
          .param("note", note, Types.VARCHAR)
          .param("source", source)
          .update();
      double gold = setGoldScore(interactionId, label, humanVersion(user), now);
      previous.ifPresent(
          p -> events.publishEvent(new ScoreChanged(interactionId, p.score(), gold)));
      jdbc.sql(
              "UPDATE review_items SET status = CASE WHEN model_label = :label THEN 'confirmed'"
                  + " ELSE 'corrected' END, reviewer_label = :label, reviewed_by = :user,"
                  + " reviewed_at = :now WHERE interaction_id = :id AND status = 'pending'")
          .param("label", label.wireName())
          .param("user", user)
          .param("now", now)
          .param("id", interactionId)
          .update();
      return new CorrectionView(
          interactionId,
          label.wireName(),
          previous.map(CurrentScore::label).orElse(null),
          previous.map(CurrentScore::modelVersion).orElse(null),
          user,
          now,
          note,
          source);
    });
  }

  /** Every correction of the interaction, oldest first. */
  List<CorrectionView> history(long interactionId) {
    return jdbc.sql(
            "SELECT interaction_id, label, previous_label, previous_model_version, corrected_by,"
                + " corrected_at, note, source FROM corrections WHERE interaction_id = :id"
                + " ORDER BY corrected_at, id")
        .param("id", interactionId)
        .query((rs, n) ->
            new CorrectionView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class),
                rs.getString(7),
                rs.getString(8)))
        .list();
  }

  /** The gold labels in force (interactions whose current score is human) with redacted text. */
  List<Correction> gold() {
    return jdbc.sql(
            "SELECT i.id, s.label, i.redacted_text FROM scores s"
                + " JOIN interactions i ON i.id = s.interaction_id"
                + " WHERE s.is_current = TRUE AND s.model_version LIKE :human ORDER BY i.id")
        .param("human", HUMAN + "%")
        .query((rs, n) ->
            new Correction(
                Long.toString(rs.getLong(1)),
                SentimentLabel.parse(rs.getString(2)),
                rs.getString(3)))
        .list();
  }

  /** Makes the human label the current score; returns that score. */
  private double setGoldScore(
      long interactionId, SentimentLabel label, String version, OffsetDateTime now) {
    float[] p = new float[3];
    p[label.ordinal()] = 1;
    jdbc.sql(
            "UPDATE scores SET is_current = FALSE WHERE interaction_id = :id"
                + " AND is_current = TRUE AND model_version <> :model")
        .param("id", interactionId)
        .param("model", version)
        .update();
    SentimentScore gold = SentimentScore.fromProbabilities(p, version);
    ScoreRows.upsert(jdbc, interactionId, gold, true, now);
    return gold.score();
  }

  /** The score row that is current before a correction. */
  private record CurrentScore(String modelVersion, String label, double score) {}

  static String humanVersion(String user) {
    String version = HUMAN + user;
    return version.length() <= 100 ? version : version.substring(0, 100);
  }
}
