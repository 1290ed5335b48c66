package io.pulse.flink;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL database a job stores into. The password is not part of the job graph: it is read
 * where the task runs, from the environment variable {@value #PASSWORD_VARIABLE} (empty when unset,
 * as for trust authentication).
 *
 * @param url JDBC URL, e.g. {@code jdbc:postgresql://db:5432/pulse}
 * @param user database user
 */
record Database(String url, String user) implements Serializable {

  static final String PASSWORD_VARIABLE = "PULSE_DB_PASSWORD";

  Database {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "--jdbc-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database); found '"
              + url
              + "'");
    }
  }

  /** A new connection with auto-commit off. */
  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", System.getenv().getOrDefault(PASSWORD_VARIABLE, ""));
    // One multi-row INSERT per batch instead of a round trip per row; a setting in the URL wins.
    properties.setProperty("reWriteBatchedInserts", "true");
    Connection c = DriverManager.getConnection(url, properties);
    c.setAutoCommit(false);
    return c;
  }

  /**
   * Brings the schema to the server's version with the server's migrations (Flyway, the same
   * locations), so a job can fill a database no server has opened yet.
   */
  void migrate() {
    Flyway.configure()
        .dataSource(url, user, System.getenv().getOrDefault(PASSWORD_VARIABLE, ""))
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .load()
        .migrate();
  }
}
