package io.pulse.store;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the scoring results of interactions (what a waiting ingest request answers). */
final class Results {

  private Results() {}

  static Map<Long, ScoringResult> of(Connection c, List<Long> ids) throws SQLException {
    Map<Long, ScoringResult> results = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return results;
    }
    Map<Long, List<String>> aspects = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT interaction_id, aspect FROM interaction_aspects"
                + " WHERE interaction_id = ANY (?) ORDER BY interaction_id, aspect")) {
      select.setArray(1, Sql.ids(c, ids));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          aspects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT i.id, i.scoring_status, i.unscored_reason, i.detected_language, i.mixed,"
                + " i.emotion, s.model_version, s.label, s.score, s.p_neg, s.p_neu, s.p_pos,"
                + " s.fallback FROM interactions i LEFT JOIN scores s ON s.interaction_id = i.id"
                + " AND s.is_current = TRUE WHERE i.id = ANY (?) ORDER BY i.id")) {
      select.setArray(1, Sql.ids(c, ids));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          String version = rs.getString("model_version");
          SentimentScore score =
              version == null
                  ? null
                  : new SentimentScore(
                      SentimentLabel.parse(rs.getString("label")),
                      rs.getDouble("score"),
                      rs.getDouble("p_neg"),
                      rs.getDouble("p_neu"),
                      rs.getDouble("p_pos"),
                      version);
          results.put(
              id,
              new ScoringResult(
                  id,
                  rs.getString("scoring_status"),
                  rs.getString("unscored_reason"),
                  rs.getString("detected_language"),
                  score,
                  score != null && rs.getBoolean("fallback"),
                  rs.getBoolean("mixed"),
                  List.copyOf(aspects.getOrDefault(id, List.of())),
                  rs.getString("emotion")));
        }
      }
    }
    return results;
  }
}
