package io.pulse.alerts.api;

import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.SeriesKey;
import io.pulse.server.PersonalData;
import io.pulse.server.Rows;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer data of this feature: alerts on the customer's series or raised by one of their
 * interactions, the notifications that carried them, and the customer's rolling window in the
 * engine's memory (the per-customer aggregate).
 */
@Component
class AlertData implements PersonalData {

  private static final String OF_CUSTOMER =
      " WHERE (series_dimension = 'CUSTOMER' AND series_value = :p) OR interaction_id IN"
          + " (SELECT CAST(id AS VARCHAR(64)) FROM interactions WHERE customer_pseudonym = :p)";

  private final JdbcClient jdbc;
  private final AlertEngine engine;

  AlertData(JdbcClient jdbc, AlertEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  @Override
  public Map<String, Long> erase(String pseudonym) {
    List<String> ids =
        jdbc.sql("SELECT id FROM alerts" + OF_CUSTOMER)
            .param("p", pseudonym)
            .query(String.class)
            .list();
    long deliveries = 0;
    for (String id : ids) {
      deliveries +=
          jdbc.sql("DELETE FROM alert_deliveries WHERE payload LIKE :id")
              .param("id", "%\"" + id + "\"%")
              .update();
    }
    deliveries +=
        jdbc.sql("DELETE FROM alert_deliveries WHERE payload LIKE :p")
            .param("p", "%" + pseudonym + "%")
            .update();
    long alerts = jdbc.sql("DELETE FROM alerts" + OF_CUSTOMER).param("p", pseudonym).update();
    engine.forget(new SeriesKey(Dimension.CUSTOMER, pseudonym));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("alerts", alerts);
    counts.put("alertDeliveries", deliveries);
    return counts;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(String pseudonym) {
    Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
    kinds.put(
        "alerts",
        Rows.query(
            jdbc,
            "SELECT id, kind, series_dimension, series_value, level, status, raised_at, score,"
                + " interaction_id, acknowledged_at, resolved_at, close_reason FROM alerts"
                + OF_CUSTOMER
                + " ORDER BY raised_at, id",
            Map.of("p", pseudonym)));
    return kinds;
  }

  @Override
  public Map<String, Long> purge(Cutoffs cutoffs, boolean dryRun) {
    Object before = cutoffs.alerts().atOffset(ZoneOffset.UTC);
    Map<String, Long> counts = new LinkedHashMap<>();
    if (dryRun) {
      counts.put("alerts", count("SELECT COUNT(*) FROM alerts WHERE raised_at < :b", before));
      counts.put(
          "alertDeliveries",
          count("SELECT COUNT(*) FROM alert_deliveries WHERE created_at < :b", before));
    } else {
      counts.put(
          "alertDeliveries",
          (long)
              jdbc.sql("DELETE FROM alert_deliveries WHERE created_at < :b")
                  .param("b", before)
                  .update());
      counts.put(
          "alerts",
          (long) jdbc.sql("DELETE FROM alerts WHERE raised_at < :b").param("b", before).update());
    }
    return counts;
  }

  @Override
  public int order() {
    return 20;
  }

  private long count(String sql, Object before) {
    return jdbc.sql(sql).param("b", before).query(Long.class).single();
  }
}
