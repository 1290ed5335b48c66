package io.pulse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removal of stored interactions: a customer's erasure and the retention purges. Dependent rows
 * (queue entries, aspects, scores) are deleted explicitly before the interactions, so the counts
 * are exact and no foreign-key cascade is relied on.
 */
final class Erasure {

  private static final String OF_CUSTOMER =
      " WHERE interaction_id IN (SELECT id FROM interactions WHERE customer_pseudonym = ?)";
  private static final String OCCURRED_BEFORE =
      " WHERE interaction_id IN (SELECT id FROM interactions WHERE occurred_at < ?)";

  Map<String, Long> erase(Connection c, String pseudonym) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(
        "emotions",
        count(
            c,
            "SELECT COUNT(*) FROM interactions WHERE customer_pseudonym = ? AND emotion IS NOT NULL",
            pseudonym));
    counts.put("queueEntries", update(c, "DELETE FROM scoring_queue" + OF_CUSTOMER, pseudonym));
    counts.put("aspects", update(c, "DELETE FROM interaction_aspects" + OF_CUSTOMER, pseudonym));
    counts.put("scores", update(c, "DELETE FROM scores" + OF_CUSTOMER, pseudonym));
    counts.put(
        "interactions",
        update(c, "DELETE FROM interactions WHERE customer_pseudonym = ?", pseudonym));
    return counts;
  }

  Map<String, Long> purgeText(Connection c, Instant before, boolean dryRun) throws SQLException {
    String where =
        " WHERE occurred_at < ? AND redacted_text <> ''"
            + " AND id NOT IN (SELECT interaction_id FROM scoring_queue)";
    long n =
        dryRun
            ? count(c, "SELECT COUNT(*) FROM interactions" + where, Sql.utc(before))
            : update(
                c,
                "UPDATE interactions SET redacted_text = '', redactions = '[]', mixed_parts = NULL"
                    + where,
                Sql.utc(before));
    return Map.of("texts", n);
  }

  Map<String, Long> purgeBefore(Connection c, Instant before, boolean dryRun) throws SQLException {
    Object at = Sql.utc(before);
    Map<String, Long> counts = new LinkedHashMap<>();
    if (dryRun) {
      counts.put(
          "queueEntries", count(c, "SELECT COUNT(*) FROM scoring_queue" + OCCURRED_BEFORE, at));
      counts.put(
          "aspects", count(c, "SELECT COUNT(*) FROM interaction_aspects" + OCCURRED_BEFORE, at));
      counts.put("scores", count(c, "SELECT COUNT(*) FROM scores" + OCCURRED_BEFORE, at));
      counts.put(
          "interactions", count(c, "SELECT COUNT(*) FROM interactions WHERE occurred_at < ?", at));
      return counts;
    }
    counts.put("queueEntries", update(c, "DELETE FROM scoring_queue" + OCCURRED_BEFORE, at));
    counts.put("aspects", update(c, "DELETE FROM interaction_aspects" + OCCURRED_BEFORE, at));
    counts.put("scores", update(c, "DELETE FROM scores" + OCCURRED_BEFORE, at));
    counts.put("interactions", update(c, "DELETE FROM interactions WHERE occurred_at < ?", at));
    return counts;
  }

  private static long update(Connection c, String sql, Object value) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, value);
      return statement.executeUpdate();
    }
  }

  private static long count(Connection c, String sql, Object value) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, value);
      try (var rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static List<String> kinds() {
    return List.of("interactions", "scores", "aspects", "emotions", "queueEntries");
  }
}
