package io.pulse.feedback;

import io.pulse.api.ReviewItemView;
import io.pulse.core.SentimentLabel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spot-check queue ({@code review_items}); SQL that runs on PostgreSQL and H2 alike. */
@Repository
class ReviewStore {

  /** One sampled interaction to store. */
  record Sampled(
      long interactionId,
      String modelVersion,
      SentimentLabel modelLabel,
      double confidence,
      double inclusionProbability) {}

  /** A reviewed item, as agreement reads it. */
  record Reviewed(
      SentimentLabel modelLabel,
      SentimentLabel reviewerLabel,
      double inclusionProbability,
      OffsetDateTime sampledAt) {}

  /** Status and labels of one queue entry. */
  record Entry(long interactionId, String status, String modelLabel, String modelVersion) {}

  private final JdbcClient jdbc;

  ReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds sampled interactions to the queue as pending; ones already queued are left alone. */
  void enqueue(List<Sampled> items, OffsetDateTime now) {
    for (Sampled item : items) {
      jdbc.sql(
              "INSERT INTO review_items (interaction_id, model_version, model_label, confidence,"
                  + " inclusion_probability, sampled_at, status) SELECT :id, :model, :label,"
                  + " :confidence, :p, :now, 'pending' FROM interactions i WHERE i.id = :id"
                  + " AND NOT EXISTS (SELECT 1 FROM review_items r WHERE r.interaction_id = :id)")
          .param("id", item.interactionId())
          .param("model", item.modelVersion())
          .param("label", item.modelLabel().wireName())
          .param("confidence", item.confidence())
          .param("p", item.inclusionProbability())
          .param("now", now)
          .update();
    }
  }

  /** Pending items, oldest sample first, with the redacted text to review. */
  List<ReviewItemView> pending(int limit) {
    return jdbc.sql(
            "SELECT r.interaction_id, i.external_id, i.channel, i.occurred_at, i.product,"
                + " i.redacted_text, r.model_label, r.model_version, r.confidence, r.sampled_at"
                + " FROM review_items r JOIN interactions i ON i.id = r.interaction_id"
                + " WHERE r.status = 'pending' ORDER BY r.sampled_at, r.interaction_id"
                + " LIMIT :limit")
        .param("limit", limit)
        .query((rs, n) ->
            new ReviewItemView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getDouble(9),
                rs.getObject(10, OffsetDateTime.class)))
        .list();
  }

  long pendingCount() {
    return jdbc.sql("SELECT COUNT(*) FROM review_items WHERE status = 'pending'")
        .query(Long.class)
        .single();
  }

  Optional<Entry> find(long interactionId) {
    return jdbc.sql(
            "SELECT interaction_id, status, model_label, model_version FROM review_items"
                + " WHERE interaction_id = :id")
        .param("id", interactionId)
        .query(
            (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  /** Marks a pending item confirmed; false when it was no longer pending. */
  boolean confirm(long interactionId, String user, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE review_items SET status = 'confirmed', reviewer_label = model_label,"
                    + " reviewed_by = :user, reviewed_at = :now"
                    + " WHERE interaction_id = :id AND status = 'pending'")
            .param("user", user)
            .param("now", now)
            .param("id", interactionId)
            .update()
        == 1;
  }

  /** Reviewed items sampled in [from, to). */
  List<Reviewed> reviewed(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql(
            "SELECT model_label, reviewer_label, inclusion_probability, sampled_at"
                + " FROM review_items WHERE status <> 'pending' AND sampled_at >= :from"
                + " AND sampled_at < :to ORDER BY sampled_at")
        .param("from", from)
        .param("to", to)
        .query((rs, n) ->
            new Reviewed(
                SentimentLabel.parse(rs.getString(1)),
                SentimentLabel.parse(rs.getString(2)),
                rs.getDouble(3),
                rs.getObject(4, OffsetDateTime.class)))
        .list();
  }
}
