package io.pulse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/** Fresh migrated databases for the store's tests: H2 in memory, or a new PostgreSQL database. */
final class StoreDatabase {

  private static final String PG_HOST =
      System.getenv().getOrDefault("PULSE_TEST_PG_HOST", "127.0.0.1:5432");
  private static final String PG_USER =
      System.getenv().getOrDefault("PULSE_TEST_PG_USER", "postgres");

  private StoreDatabase() {}

  /**
   * A migrated H2 file database in PostgreSQL mode, as the server configures it. A file, not
   * memory: an in-memory database kept open after Flyway's connection closed keeps check
   * constraints bound to that closed session (H2 2.4 then fails every insert into scores).
   */
  static String h2() {
    String url =
        "jdbc:h2:file:./target/h2/store-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    migrate(url, "sa", "h2");
    return url;
  }

  /**
   * A migrated new PostgreSQL database, dropped when the JVM exits; skips the test when PostgreSQL
   * is unreachable, unless CI=true.
   */
  static String postgres() {
    String admin = "jdbc:postgresql://" + PG_HOST + "/postgres";
    String name =
        ("pulse_test_store_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(admin, PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("PostgreSQL at " + PG_HOST + " is unreachable", e);
      }
      Assumptions.abort("PostgreSQL at " + PG_HOST + " unreachable: " + e.getMessage());
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              try (Connection c = DriverManager.getConnection(admin, PG_USER, "");
                  Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
              } catch (SQLException ignored) {
                // the database is dropped with the test cluster anyway
              }
            }));
    String url = "jdbc:postgresql://" + PG_HOST + "/" + name;
    migrate(url, PG_USER, "postgresql");
    return url;
  }

  static String user(String url) {
    return url.startsWith("jdbc:h2") ? "sa" : PG_USER;
  }

  private static void migrate(String url, String user, String vendor) {
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .load()
        .migrate();
  }
}
