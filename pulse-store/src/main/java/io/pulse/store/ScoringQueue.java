package io.pulse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code scoring_queue} table: claims, retries and the backlog. */
final class ScoringQueue {

  List<QueuedInteraction> claim(Connection c, int max, Instant now) throws SQLException {
    Map<Long, Object[]> claimed = new HashMap<>();
    List<Long> order = new ArrayList<>();
    // The queue table alone is locked: FOR UPDATE over a join is not portable to H2.
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT interaction_id, enqueued_at, attempts FROM scoring_queue"
                + " WHERE available_at <= ? ORDER BY interaction_id LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")) {
      select.setObject(1, Sql.utc(now));
      select.setInt(2, max);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          order.add(id);
          claimed.put(id, new Object[] {Sql.instant(rs, "enqueued_at"), rs.getInt(3)});
        }
      }
    }
    if (order.isEmpty()) {
      return List.of();
    }
    Map<Long, QueuedInteraction> texts = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, redacted_text, language FROM interactions WHERE id = ANY (?)")) {
      select.setArray(1, Sql.ids(c, order));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Object[] queued = claimed.get(rs.getLong(1));
          texts.put(
              rs.getLong(1),
              new QueuedInteraction(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  (Instant) queued[0],
                  (Integer) queued[1]));
        }
      }
    }
    List<QueuedInteraction> items = new ArrayList<>(order.size());
    order.forEach(id -> items.add(texts.get(id))); // the FK keeps every queued id stored
    return items;
  }

  void retryLater(Connection c, List<Long> ids, Instant due) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE scoring_queue SET attempts = attempts + 1, available_at = ?"
                + " WHERE interaction_id = ANY (?)")) {
      update.setObject(1, Sql.utc(due));
      update.setArray(2, Sql.ids(c, ids));
      update.executeUpdate();
    }
  }

  InteractionStore.Backlog backlog(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT COUNT(*), MIN(enqueued_at) FROM scoring_queue");
        ResultSet rs = select.executeQuery()) {
      rs.next();
      java.time.OffsetDateTime oldest = rs.getObject(2, java.time.OffsetDateTime.class);
      return new InteractionStore.Backlog(
          rs.getLong(1), oldest == null ? null : oldest.toInstant());
    }
  }

  /** Texts of interactions selected by {@code sql} (columns id, redacted_text, language). */
  List<QueuedInteraction> texts(Connection c, String sql, List<Object> parameters)
      throws SQLException {
    List<QueuedInteraction> items = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          items.add(
              new QueuedInteraction(rs.getLong(1), rs.getString(2), rs.getString(3), null, 0));
        }
      }
    }
    return items;
  }

  long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql);
        ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
