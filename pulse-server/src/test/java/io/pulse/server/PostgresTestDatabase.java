package io.pulse.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for tests ({@code pulse_test_<random>}), dropped when the JVM exits.
 * Locally, tests are skipped when PostgreSQL is unreachable; with {@code CI=true} they fail.
 */
public final class PostgresTestDatabase {

  public static final String HOST =
      System.getenv().getOrDefault("PULSE_TEST_PG_HOST", "127.0.0.1:5432");
  public static final String USER = System.getenv().getOrDefault("PULSE_TEST_PG_USER", "postgres");
  private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/test";
  private static String shared;

  private PostgresTestDatabase() {}

  /** URL of the database shared by this JVM's PostgreSQL tests, created on first use. */
  public static synchronized String sharedUrl() {
    if (shared == null) {
      shared = create("shared");
    }
    return shared;
  }

  /** Creates a new empty database and returns its URL; it is dropped when the JVM exits. */
  public static String create(String purpose) {
    requireAvailable();
    String name =
        ("pulse_test_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    execute("CREATE DATABASE " + name);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
    return "jdbc:postgresql://" + HOST + "/" + name + "?reWriteBatchedInserts=true";
  }

  /** Skips the calling test when PostgreSQL is down, unless CI=true, where that is a failure. */
  public static void requireAvailable() {
    try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, "")) {
      return;
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "PostgreSQL at " + HOST + " is unreachable and CI=true: database tests must run", e);
      }
      Assumptions.abort("PostgreSQL at " + HOST + " unreachable: " + e.getMessage());
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + sql + " failed", e);
    }
  }
}
