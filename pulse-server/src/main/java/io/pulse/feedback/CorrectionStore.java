package io.pulse.feedback;

import io.pulse.api.CorrectionView;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.retrain.Correction;
import io.pulse.scores.Scores;
import io.pulse.server.ApiProblem;
import io.pulse.store.InteractionStore;
import io.pulse.store.ScoreDecision;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections: the audit trail in {@code corrections} (this feature's table) and, in the same
 * transaction, the gold label as the interaction's current score through the owner of scores
 * ({@link Scores#correct}: a score row with model version {@code human:<user>} becomes current, so
 * every query that reads the current score reads the corrected label, and re-scoring keeps it). SQL
 * runs on PostgreSQL and H2.
 */
@Repository
class CorrectionStore {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Scores scores;

  CorrectionStore(JdbcClient jdbc, TransactionTemplate transactions, Scores scores) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.scores = scores;
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
      InteractionStore.Correction correction =
          scores
              .correct(interactionId, label, user, now.toInstant())
              .orElseThrow(() -> ApiProblem.notFound("interaction", interactionId));
      Optional<SentimentScore> previous = correction.previous();
      jdbc.sql(
              "INSERT INTO corrections (interaction_id, label, previous_label,"
                  + " previous_model_version, corrected_by, corrected_at, note, source)"
                  + " VALUES (:id, :label, :previousLabel, :previousModel, :user, :now, :note,"
                  + " :source)")
          .param("id", interactionId)
          .param("label", label.wireName())
          .param(
              "previousLabel", previous.map(p -> p.label().wireName()).orElse(null), Types.VARCHAR)
          .param(
              "previousModel",
              previous.map(SentimentScore::modelVersion).orElse(null),
              Types.VARCHAR)
          .param("user", user)
          .param("now", now)
          .param("note", note, Types.VARCHAR)
          .param("source", source)
          .update();
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
          previous.map(p -> p.label().wireName()).orElse(null),
          previous.map(SentimentScore::modelVersion).orElse(null),
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
        .param("human", ScoreDecision.HUMAN + "%")
        .query((rs, n) ->
            new Correction(
                Long.toString(rs.getLong(1)),
                SentimentLabel.parse(rs.getString(2)),
                rs.getString(3)))
        .list();
  }
}
