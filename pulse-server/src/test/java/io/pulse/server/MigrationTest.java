package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The Flyway migrations build the same schema on H2 (PostgreSQL mode) and on PostgreSQL. */
class MigrationTest {

  private static final Set<String> INTERACTION_COLUMNS =
      Set.of(
          "id",
          "external_id",
          "channel",
          "occurred_at",
          "occurred_day",
          "customer_pseudonym",
          "conversation_id",
          "product",
          "tags",
          "language",
          "redacted_text",
          "redactions",
          "ingested_at");
  private static final Set<String> SCORE_COLUMNS =
      Set.of(
          "id",
          "interaction_id",
          "model_version",
          "label",
          "score",
          "p_neg",
          "p_neu",
          "p_pos",
          "confidence",
          "is_current",
          "scored_at");

  @Test
  void migratesFreshH2DatabaseAndIsIdempotent() throws SQLException {
    String url =
        "jdbc:h2:mem:migration_"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    verify(url, "sa", "h2");
  }

  @Test
  void migratesFreshPostgresDatabaseAndIsIdempotent() throws SQLException {
    verify(PostgresTestDatabase.create("migration"), PostgresTestDatabase.USER, "postgresql");
  }

  /** Migrates as the server does: the portable migrations and those of the database's vendor. */
  private static void verify(String url, String user, String vendor) throws SQLException {
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, user, "")
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
            .load();
    assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(1);
    assertThat(flyway.migrate().migrationsExecuted).isZero();
    flyway.validate();
    try (Connection connection = DriverManager.getConnection(url, user, "")) {
      assertThat(columns(connection, "interactions")).containsAll(INTERACTION_COLUMNS);
      assertThat(columns(connection, "scores")).containsAll(SCORE_COLUMNS);
      assertThat(columns(connection, "scoring_queue")).contains("interaction_id", "enqueued_at");
      connection
          .createStatement()
          .execute(
              "INSERT INTO interactions (external_id, channel, occurred_at, occurred_day,"
                  + " customer_pseudonym, redacted_text, redactions, ingested_at) VALUES ('m-1',"
                  + " 'email', CURRENT_TIMESTAMP, CURRENT_DATE, 'c_0', 't', '[]', CURRENT_TIMESTAMP)");
      assertThatUniqueExternalId(connection);
    }
  }

  private static void assertThatUniqueExternalId(Connection connection) {
    try {
      connection
          .createStatement()
          .execute(
              "INSERT INTO interactions (external_id, channel, occurred_at, occurred_day,"
                  + " customer_pseudonym, redacted_text, redactions, ingested_at) VALUES ('m-1',"
                  + " 'chat', CURRENT_TIMESTAMP, CURRENT_DATE, 'c_1', 't', '[]', CURRENT_TIMESTAMP)");
      throw new AssertionError("a second row with the same external_id was accepted");
    } catch (SQLException expected) {
      assertThat(expected.getSQLState()).isEqualTo("23505");
    }
  }

  private static Set<String> columns(Connection connection, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
