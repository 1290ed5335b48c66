package io.pulse.alerts.api;

import static io.pulse.alerts.api.JdbcAlertStore.instant;
import static io.pulse.alerts.api.JdbcAlertStore.time;

import io.pulse.alerts.Delivery;
import io.pulse.alerts.NotificationOutbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The durable outbox in table {@code alert_deliveries} (schema V2). Deliveries are added in the
 * transaction that saves their alert, so an alert never exists without its notifications, and they
 * survive restarts while a receiver is down. One server drains it (no row locking between nodes).
 */
final class JdbcOutbox implements NotificationOutbox {

  private static final String COLUMNS =
      "SELECT id, event_id, event_type, channel, recipient, payload, created_at, status,"
          + " attempts, next_attempt_at, last_error, delivered_at FROM alert_deliveries";
  private static final int MAX_ERROR_CHARS = 500;

  private final JdbcClient jdbc;

  JdbcOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Delivery delivery) {
    jdbc.sql(
            "INSERT INTO alert_deliveries (id, event_id, event_type, channel, recipient, payload,"
                + " created_at, status, attempts, next_attempt_at, last_error, delivered_at)"
                + " VALUES (:id, :eventId, :eventType, :channel, :recipient, :payload, :createdAt,"
                + " :status, :attempts, :nextAttemptAt, :lastError, :deliveredAt)")
        .params(parameters(delivery))
        .update();
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return jdbc.sql(
            COLUMNS
                + " WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY created_at, id LIMIT :limit")
        .param("now", time(now))
        .param("limit", limit)
        .query(JdbcOutbox::delivery)
        .list();
  }

  @Override
  public void update(Delivery delivery) {
    jdbc.sql(
            "UPDATE alert_deliveries SET status = :status, attempts = :attempts,"
                + " next_attempt_at = :nextAttemptAt, last_error = :lastError,"
                + " delivered_at = :deliveredAt WHERE id = :id")
        .params(parameters(delivery))
        .update();
  }

  @Override
  public Optional<Delivery> find(String id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id")
        .param("id", id)
        .query(JdbcOutbox::delivery)
        .optional();
  }

  @Override
  public List<Delivery> pending() {
    return jdbc.sql(COLUMNS + " WHERE status = 'PENDING' ORDER BY created_at, id")
        .query(JdbcOutbox::delivery)
        .list();
  }

  /** Deliveries not accepted yet: what the pending-deliveries gauge shows. */
  long pendingCount() {
    return jdbc.sql("SELECT COUNT(*) FROM alert_deliveries WHERE status = 'PENDING'")
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> parameters(Delivery d) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("id", d.id());
    params.put("eventId", d.eventId());
    params.put("eventType", d.eventType());
    params.put("channel", d.channel().name());
    params.put("recipient", d.recipient());
    params.put("payload", d.payload());
    params.put("createdAt", time(d.createdAt()));
    params.put("status", d.status().name());
    params.put("attempts", d.attempts());
    params.put("nextAttemptAt", time(d.nextAttemptAt()));
    String error = d.lastError();
    params.put(
        "lastError",
        error != null && error.length() > MAX_ERROR_CHARS
            ? error.substring(0, MAX_ERROR_CHARS)
            : error);
    params.put("deliveredAt", time(d.deliveredAt()));
    return params;
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getString("id"),
        rs.getString("event_id"),
        rs.getString("event_type"),
        Delivery.Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient"),
        rs.getString("payload"),
        instant(rs, "created_at"),
        Delivery.Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        rs.getString("last_error"),
        instant(rs, "delivered_at"));
  }
}
