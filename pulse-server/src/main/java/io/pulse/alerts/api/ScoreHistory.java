package io.pulse.alerts.api;

import io.pulse.alerts.InteractionScore;
import io.pulse.core.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored interactions with their current score, as the alert engine sees them (no text): to rebuild
 * the rolling windows after a restart and to replay history for calibration.
 */
final class ScoreHistory {

  /** Agent and bot turns are their tone, not the customer's sentiment: alerts never count them. */
  static final String CUSTOMER_TURNS = " AND (i.author_role IS NULL OR i.author_role = 'customer')";

  private static final String SELECT =
      "SELECT i.id, i.occurred_at, s.score, i.customer_pseudonym, i.channel, i.product, i.tags"
          + " FROM interactions i JOIN scores s ON s.interaction_id = i.id AND s.is_current = TRUE"
          + " WHERE i.occurred_at >= :from AND i.occurred_at < :to"
          + CUSTOMER_TURNS;
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ScoreHistory(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Interactions that occurred in {@code [from, to)}. */
  long count(Instant from, Instant to) {
    return jdbc.sql("SELECT COUNT(*) FROM (" + SELECT + ") h")
        .param("from", JdbcAlertStore.time(from))
        .param("to", JdbcAlertStore.time(to))
        .query(Long.class)
        .single();
  }

  /** Streams the interactions of {@code [from, to)} in time order to {@code sink}. */
  void forEach(Instant from, Instant to, Consumer<InteractionScore> sink) {
    jdbc.sql(SELECT + " ORDER BY i.occurred_at, i.id")
        .param("from", JdbcAlertStore.time(from))
        .param("to", JdbcAlertStore.time(to))
        .query(rs -> {
          sink.accept(score(rs));
        });
  }

  /** The stored interaction {@code id} as the alert engine sees it, with {@code score}. */
  Optional<InteractionScore> interaction(long id, double score) {
    return jdbc.sql(
            "SELECT i.id, i.occurred_at, i.customer_pseudonym, i.channel, i.product, i.tags"
                + " FROM interactions i WHERE i.id = :id"
                + CUSTOMER_TURNS)
        .param("id", id)
        .query((rs, n) -> score(rs, score))
        .optional();
  }

  /**
   * Current scores of the customer's latest {@code limit} turns of a conversation up to the turn
   * {@code id} (which occurred at {@code at}), oldest first; reads the caller's transaction, so
   * turns scored in the same batch count.
   */
  List<Double> customerTurns(String conversationId, Instant at, long id, int limit) {
    List<Double> newestFirst =
        jdbc.sql(
                "SELECT s.score FROM interactions i JOIN scores s ON s.interaction_id = i.id"
                    + " AND s.is_current = TRUE WHERE i.conversation_id = :conversation"
                    + CUSTOMER_TURNS
                    + " AND (i.occurred_at < :at OR (i.occurred_at = :at AND i.id <= :id))"
                    + " ORDER BY i.occurred_at DESC, i.id DESC LIMIT :limit")
            .param("conversation", conversationId)
            .param("at", JdbcAlertStore.time(at))
            .param("id", id)
            .param("limit", limit)
            .query(Double.class)
            .list();
    return newestFirst.reversed();
  }

  /** Occurrence time of the latest stored interaction, or null when the store is empty. */
  Instant latest() {
    return jdbc.sql("SELECT MAX(occurred_at) FROM interactions")
        .query((rs, n) -> Optional.ofNullable(JdbcAlertStore.instant(rs, 1)))
        .single()
        .orElse(null);
  }

  private InteractionScore score(ResultSet rs) throws SQLException {
    return score(rs, rs.getDouble("score"));
  }

  private InteractionScore score(ResultSet rs, double score) throws SQLException {
    String tags = rs.getString("tags");
    return new InteractionScore(
        Long.toString(rs.getLong("id")),
        JdbcAlertStore.instant(rs, "occurred_at"),
        Math.max(-1.0, Math.min(1.0, score)),
        rs.getString("customer_pseudonym"),
        Channel.parse(rs.getString("channel")),
        rs.getString("product"),
        tags == null ? List.of() : json.readValue(tags, STRINGS));
  }
}
