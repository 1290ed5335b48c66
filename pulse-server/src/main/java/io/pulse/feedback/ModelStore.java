package io.pulse.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry table {@code model_versions}; SQL that runs on PostgreSQL and H2 alike. */
@Repository
class ModelStore {

  /** The location of the model bundled with Pulse. */
  static final String BUNDLED = "bundled";

  /** One registered version. */
  record Row(
      String version,
      String status,
      String location,
      OffsetDateTime createdAt,
      OffsetDateTime activatedAt,
      String manifest,
      String gate) {}

  private static final String COLUMNS =
      "SELECT model_version, status, location, created_at, activated_at, manifest, gate"
          + " FROM model_versions";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  ModelStore(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** All versions, newest first. */
  List<Row> all() {
    return jdbc.sql(COLUMNS + " ORDER BY created_at DESC, model_version")
        .query(ModelStore::row)
        .list();
  }

  Optional<Row> find(String version) {
    return jdbc.sql(COLUMNS + " WHERE model_version = :v")
        .param("v", version)
        .query(ModelStore::row)
        .optional();
  }

  Optional<Row> active() {
    return jdbc.sql(COLUMNS + " WHERE status = 'active'").query(ModelStore::row).optional();
  }

  /** The version that was active before the current one (latest activation among the others). */
  Optional<Row> previous() {
    return jdbc.sql(
            COLUMNS
                + " WHERE status = 'retired' AND activated_at IS NOT NULL"
                + " ORDER BY activated_at DESC LIMIT 1")
        .query(ModelStore::row)
        .optional();
  }

  /** Registers a version (not active); a version already registered is left as it is. */
  void register(
      String version,
      String status,
      String location,
      String manifest,
      String gate,
      OffsetDateTime now) {
    if (find(version).isPresent()) {
      return;
    }
    jdbc.sql(
            "INSERT INTO model_versions (model_version, status, location, created_at, manifest,"
                + " gate) VALUES (:v, :status, :location, :now, :manifest, :gate)")
        .param("v", version)
        .param("status", status)
        .param("location", location)
        .param("now", now)
        .param("manifest", manifest, Types.VARCHAR)
        .param("gate", gate, Types.VARCHAR)
        .update();
  }

  void setStatus(String version, String status, String gate) {
    jdbc.sql("UPDATE model_versions SET status = :status, gate = :gate WHERE model_version = :v")
        .param("status", status)
        .param("gate", gate, Types.VARCHAR)
        .param("v", version)
        .update();
  }

  /**
   * Makes {@code version} the only active version; the previous active one becomes retired. Who
   * activated it is kept: the signed-in user, or {@code system} (start-up, a retraining's
   * promotion).
   */
  void activate(String version, OffsetDateTime now) {
    org.springframework.security.core.Authentication user =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    String by = user == null ? "system" : user.getName();
    transactions.executeWithoutResult(status -> {
      jdbc.sql(
              "UPDATE model_versions SET status = 'retired'"
                  + " WHERE status = 'active' AND model_version <> :v")
          .param("v", version)
          .update();
      jdbc.sql(
              "UPDATE model_versions SET status = 'active', activated_at = :now,"
                  + " activated_by = :by WHERE model_version = :v")
          .param("now", now)
          .param("by", by.length() > 100 ? by.substring(0, 100) : by)
          .param("v", version)
          .update();
    });
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class),
        rs.getObject(5, OffsetDateTime.class),
        rs.getString(6),
        rs.getString(7));
  }
}
