package io.pulse.feedback;

import io.pulse.core.SentimentScore;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the one score row per (interaction, model version) that corrections and re-scoring add:
 * the row of that version is updated when it exists (a model or person scored the interaction
 * before), else inserted. Callers move {@code is_current} themselves, in the same transaction.
 */
final class ScoreRows {

  private ScoreRows() {}

  static void upsert(
      JdbcClient jdbc,
      long interactionId,
      SentimentScore score,
      boolean current,
      OffsetDateTime now) {
    int updated =
        jdbc.sql(
                "UPDATE scores SET label = :label, score = :score, p_neg = :neg, p_neu = :neu,"
                    + " p_pos = :pos, confidence = :confidence, is_current = :current,"
                    + " scored_at = :now WHERE interaction_id = :id AND model_version = :model")
            .params(parameters(interactionId, score, current, now))
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO scores (interaction_id, model_version, label, score, p_neg, p_neu,"
                  + " p_pos, confidence, is_current, scored_at) VALUES (:id, :model, :label,"
                  + " :score, :neg, :neu, :pos, :confidence, :current, :now)")
          .params(parameters(interactionId, score, current, now))
          .update();
    }
  }

  private static Map<String, Object> parameters(
      long interactionId, SentimentScore score, boolean current, OffsetDateTime now) {
    return Map.of(
        "id", interactionId,
        "model", score.modelVersion(),
        "label", score.label().wireName(),
        "score", score.score(),
        "neg", score.negative(),
        "neu", score.neutral(),
        "pos", score.positive(),
        "confidence", score.confidence(),
        "current", current,
        "now", now);
  }
}
