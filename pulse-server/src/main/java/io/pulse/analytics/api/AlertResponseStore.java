package io.pulse.analytics.api;

import io.pulse.analytics.AlertRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads when negative alerts (orange and red) were raised and acknowledged. */
@Repository
class AlertResponseStore {
  private final JdbcClient jdbc;

  AlertResponseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Orange and red alerts raised in {@code [from, to)}, oldest first. */
  List<AlertRecord> negativeAlerts(Instant from, Instant to) {
    List<AlertRecord> alerts = new ArrayList<>();
    jdbc.sql(
            "SELECT id, raised_at, acknowledged_at FROM alerts"
                + " WHERE level IN ('ORANGE', 'RED') AND raised_at >= :from AND raised_at < :to"
                + " ORDER BY raised_at")
        .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
        .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
        .query(row -> {
          OffsetDateTime acknowledged = row.getObject(3, OffsetDateTime.class);
          alerts.add(
              new AlertRecord(
                  row.getString(1),
                  row.getObject(2, OffsetDateTime.class).toInstant(),
                  acknowledged == null ? null : acknowledged.toInstant()));
        });
    return alerts;
  }
}
