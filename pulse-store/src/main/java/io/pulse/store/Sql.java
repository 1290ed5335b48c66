package io.pulse.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** Small JDBC helpers shared by the store's classes; SQL that runs on PostgreSQL and H2. */
final class Sql {

  private Sql() {}

  /**
   * One array parameter instead of an IN list with one parameter per value: PostgreSQL caches a
   * generic plan for a prepared statement with a thousand parameters and falls back to a sequential
   * scan; with an array it plans with the index.
   */
  static Array ids(Connection c, Collection<Long> ids) throws SQLException {
    return c.createArrayOf("BIGINT", ids.toArray());
  }

  static Array strings(Connection c, Collection<String> values) throws SQLException {
    return c.createArrayOf("VARCHAR", values.toArray());
  }

  /** Sets a VARCHAR parameter that may be null. */
  static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Runs a one-array-parameter update, e.g. {@code DELETE ... WHERE id = ANY (?)}. */
  static int updateIds(Connection c, String sql, Collection<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, ids(c, ids));
      return statement.executeUpdate();
    }
  }
}
