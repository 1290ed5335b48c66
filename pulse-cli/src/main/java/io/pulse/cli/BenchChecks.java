package io.pulse.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What {@code pulse bench-ingest} verifies in the database after a kill or with two instances: how
 * many of a phase's interactions are stored, waiting, unscored, and scored more than once.
 *
 * @param stored interactions of the phase in the store (each external id is unique)
 * @param pending still waiting for scoring
 * @param unscored stored without a score (e.g. an unsupported language)
 * @param scoreRows score rows of the phase's interactions
 * @param scoredTwice interactions with more than one score row
 */
record BenchChecks(long stored, long pending, long unscored, long scoreRows, long scoredTwice) {

  static BenchChecks of(String dbUrl, String dbUser, String externalIdPrefix) throws SQLException {
    try (Connection c = DriverManager.getConnection(dbUrl, dbUser, "")) {
      String phase = " FROM interactions i WHERE i.external_id LIKE ?";
      return new BenchChecks(
          count(c, "SELECT COUNT(*)" + phase, externalIdPrefix),
          count(
              c, "SELECT COUNT(*)" + phase + " AND i.scoring_status = 'pending'", externalIdPrefix),
          count(
              c,
              "SELECT COUNT(*)" + phase + " AND i.scoring_status = 'unscored'",
              externalIdPrefix),
          count(
              c,
              "SELECT COUNT(*) FROM scores s JOIN interactions i ON i.id = s.interaction_id"
                  + " WHERE i.external_id LIKE ?",
              externalIdPrefix),
          count(
              c,
              "SELECT COUNT(*) FROM (SELECT s.interaction_id FROM scores s JOIN interactions i"
                  + " ON i.id = s.interaction_id WHERE i.external_id LIKE ?"
                  + " GROUP BY s.interaction_id HAVING COUNT(*) > 1) twice",
              externalIdPrefix));
    }
  }

  private static long count(Connection c, String sql, String prefix) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, prefix + "%");
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
