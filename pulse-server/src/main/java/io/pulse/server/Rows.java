package io.pulse.server;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of a query as JSON-ready maps: lower-case column names, instants as ISO-8601 text. */
public final class Rows {

  private Rows() {}

  /** The rows of {@code sql} with the named parameters. */
  public static List<Map<String, Object>> query(
      JdbcClient jdbc, String sql, Map<String, ?> params) {
    return jdbc.sql(sql).params(params).query().listOfRows().stream().map(Rows::plain).toList();
  }

  /** One row with lower-case keys (H2 answers in upper case) and ISO instants. */
  public static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), value(v)));
    return out;
  }

  private static Object value(Object v) {
    if (v instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (v instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    return v;
  }
}
