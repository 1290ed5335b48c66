package io.pulse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every column of the store's tables, row by row, with database ids left out and interactions named
 * by external id instead: what two databases that stored the same batches must hold alike.
 */
final class TableDump {

  /** Columns that are database ids (and the H2 column generated from one). */
  private static final Set<String> IDS = Set.of("id", "interaction_id", "current_interaction_id");

  private TableDump() {}

  /** Rows per table: interactions, scores, interaction_aspects, scoring_queue. */
  static Map<String, List<Map<String, Object>>> of(Connection c) throws SQLException {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    tables.put("interactions", rows(c, "SELECT * FROM interactions ORDER BY external_id"));
    tables.put(
        "scores",
        rows(
            c,
            "SELECT i.external_id AS interaction, s.* FROM scores s JOIN interactions i"
                + " ON i.id = s.interaction_id ORDER BY i.external_id, s.model_version"));
    tables.put(
        "interaction_aspects",
        rows(
            c,
            "SELECT i.external_id AS interaction, a.* FROM interaction_aspects a JOIN interactions i"
                + " ON i.id = a.interaction_id ORDER BY i.external_id, a.aspect"));
    tables.put(
        "scoring_queue",
        rows(
            c,
            "SELECT i.external_id AS interaction, q.* FROM scoring_queue q JOIN interactions i"
                + " ON i.id = q.interaction_id ORDER BY i.external_id"));
    return tables;
  }

  /** External id per database id of the stored interactions. */
  static Map<Long, String> externalIds(Connection c) throws SQLException {
    Map<Long, String> ids = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT id, external_id FROM interactions");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getLong(1), rs.getString(2));
      }
    }
    return ids;
  }

  private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql);
        ResultSet rs = select.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
          if (!IDS.contains(column)) {
            row.put(column, rs.getObject(i));
          }
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
