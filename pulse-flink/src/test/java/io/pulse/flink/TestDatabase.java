package io.pulse.flink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A new PostgreSQL database on the shared server (127.0.0.1:5432, trust authentication), dropped
 * when the JVM exits; skips the test when PostgreSQL is unreachable, unless CI=true.
 */
final class TestDatabase {

  private static final String HOST =
      System.getenv().getOrDefault("PULSE_TEST_PG_HOST", "127.0.0.1:5432");
  static final String USER = System.getenv().getOrDefault("PULSE_TEST_PG_USER", "postgres");

  private TestDatabase() {}

  /** The JDBC URL of a new, empty database. */
  static String create() {
    String admin = "jdbc:postgresql://" + HOST + "/postgres";
    String name =
        ("pulse_test_flink_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(admin, USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("PostgreSQL at " + HOST + " is unreachable", e);
      }
      Assumptions.abort("PostgreSQL at " + HOST + " unreachable: " + e.getMessage());
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              try (Connection c = DriverManager.getConnection(admin, USER, "");
                  Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
              } catch (SQLException ignored) {
                // dropped with the test cluster anyway
              }
            }));
    return "jdbc:postgresql://" + HOST + "/" + name;
  }

  /** The single number a query returns. */
  static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, USER, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The single text a query returns. */
  static String text(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, USER, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
