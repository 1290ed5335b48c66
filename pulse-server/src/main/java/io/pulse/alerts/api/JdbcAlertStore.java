package io.pulse.alerts.api;

import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertKind;
import io.pulse.alerts.AlertStatus;
import io.pulse.alerts.AlertStore;
import io.pulse.alerts.Band;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.Evidence;
import io.pulse.alerts.SeriesKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alerts in the {@code alerts} table (schema V2); SQL that runs on PostgreSQL and H2 alike. The
 * engine serialises its writes and is the only writer, so {@link #save} can update-or-insert
 * without a native upsert, and the latest alert per series and kind (asked for every candidate
 * alert) is cached ({@link LatestAlerts}); a repeat that only raises an alert's occurrence count is
 * written behind ({@link #flushOccurrences}). Besides the engine's needs it answers the filtered,
 * paginated list of the API.
 */
final class JdbcAlertStore implements AlertStore {

  private static final String COLUMNS =
      "SELECT id, kind, series_dimension, series_value, level, status, raised_at, review_by,"
          + " score, window_count, negatives, z_score, window_start, window_end, interaction_id,"
          + " occurrences, escalated_at, acknowledged_by, acknowledged_at, resolved_by, resolved_at,"
          + " close_reason FROM alerts";
  private static final String SERIES_KIND =
      " WHERE series_dimension = :dimension AND series_value = :value AND kind = :kind";

  /** Series and kinds whose latest alert is kept in memory. */
  static final int CACHED_SERIES = 200_000;

  private final JdbcClient jdbc;
  private final LatestAlerts latest = new LatestAlerts(CACHED_SERIES);
  private final Map<String, Alert> pendingOccurrences = new ConcurrentHashMap<>();

  JdbcAlertStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(Alert alert) {
    Optional<Alert> cached = latest.cachedVersion(alert);
    if (cached.isPresent() && onlyOccurrencesDiffer(cached.get(), alert)) {
      pendingOccurrences.put(alert.id(), alert);
      latest.saved(alert);
      return;
    }
    pendingOccurrences.remove(alert.id());
    Map<String, Object> params = parameters(alert);
    Boolean stored = latest.stored(alert);
    if (Boolean.FALSE.equals(stored)) {
      try {
        insert(params);
      } catch (DuplicateKeyException e) {
        update(params);
      }
    } else if (update(params) == 0) {
      insert(params);
    }
    latest.saved(alert);
  }

  private int update(Map<String, Object> params) {
    return jdbc.sql(
            "UPDATE alerts SET level = :level, status = :status, review_by = :reviewBy,"
                + " occurrences = :occurrences, escalated_at = :escalatedAt,"
                + " acknowledged_by = :acknowledgedBy, acknowledged_at = :acknowledgedAt,"
                + " resolved_by = :resolvedBy, resolved_at = :resolvedAt,"
                + " close_reason = :closeReason WHERE id = :id")
        .params(params)
        .update();
  }

  private void insert(Map<String, Object> params) {
    jdbc.sql(
            "INSERT INTO alerts (id, kind, series_dimension, series_value, level, status,"
                + " raised_at, review_by, score, window_count, negatives, z_score, window_start,"
                + " window_end, interaction_id, occurrences, escalated_at, acknowledged_by,"
                + " acknowledged_at, resolved_by, resolved_at, close_reason) VALUES (:id, :kind,"
                + " :dimension, :value, :level, :status, :raisedAt, :reviewBy, :score, :count,"
                + " :negatives, :zScore, :windowStart, :windowEnd, :interactionId, :occurrences,"
                + " :escalatedAt, :acknowledgedBy, :acknowledgedAt, :resolvedBy, :resolvedAt,"
                + " :closeReason)")
        .params(params)
        .update();
  }

  /**
   * Writes the occurrence counts that repeats only changed in memory (write-behind, so that
   * de-duplicated repeats cost no statement on the ingest path). Runs before every read of the
   * table and on every scheduler tick; a count never goes down, so a late write is harmless.
   */
  void flushOccurrences() {
    if (pendingOccurrences.isEmpty()) {
      return;
    }
    for (Alert alert : List.copyOf(pendingOccurrences.values())) {
      jdbc.sql("UPDATE alerts SET occurrences = :o WHERE id = :id AND occurrences < :o")
          .param("o", alert.occurrences())
          .param("id", alert.id())
          .update();
      pendingOccurrences.remove(alert.id(), alert);
    }
  }

  private static boolean onlyOccurrencesDiffer(Alert stored, Alert alert) {
    return stored.level() == alert.level()
        && stored.status() == alert.status()
        && Objects.equals(stored.reviewBy(), alert.reviewBy())
        && Objects.equals(stored.escalatedAt(), alert.escalatedAt())
        && Objects.equals(stored.acknowledgedBy(), alert.acknowledgedBy())
        && Objects.equals(stored.acknowledgedAt(), alert.acknowledgedAt())
        && Objects.equals(stored.resolvedBy(), alert.resolvedBy())
        && Objects.equals(stored.resolvedAt(), alert.resolvedAt())
        && Objects.equals(stored.closeReason(), alert.closeReason());
  }

  @Override
  public Optional<Alert> find(String id) {
    flushOccurrences();
    return jdbc.sql(COLUMNS + " WHERE id = :id")
        .param("id", id)
        .query(JdbcAlertStore::alert)
        .optional();
  }

  /**
   * The engine keeps at most one unresolved alert per series and kind and raises a new one only
   * after that is resolved, so the latest one is the only candidate.
   */
  @Override
  public Optional<Alert> findUnresolved(SeriesKey series, AlertKind kind) {
    return latest(series, kind).filter(a -> !a.status().closed());
  }

  @Override
  public Optional<Instant> lastRaisedAt(SeriesKey series, AlertKind kind) {
    return latest(series, kind).map(Alert::raisedAt);
  }

  private Optional<Alert> latest(SeriesKey series, AlertKind kind) {
    return latest.get(
        series,
        kind,
        () ->
            jdbc.sql(COLUMNS + SERIES_KIND + " ORDER BY raised_at DESC, id DESC LIMIT 1")
                .params(seriesKind(series, kind))
                .query(JdbcAlertStore::alert)
                .optional());
  }

  @Override
  public List<Alert> findOverdue(Instant now) {
    flushOccurrences();
    return jdbc.sql(
            COLUMNS
                + " WHERE status = 'OPEN' AND escalated_at IS NULL AND review_by < :now"
                + " ORDER BY raised_at, id")
        .param("now", time(now))
        .query(JdbcAlertStore::alert)
        .list();
  }

  /** One page of the alerts matching the filter, newest first. */
  List<Alert> page(AlertFilter filter, int page, int size) {
    flushOccurrences();
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        COLUMNS
            + filter.where(params)
            + " ORDER BY raised_at DESC, id DESC LIMIT :limit OFFSET :offset";
    params.put("limit", size);
    params.put("offset", (long) page * size);
    return jdbc.sql(sql).params(params).query(JdbcAlertStore::alert).list();
  }

  /** Number of alerts matching the filter. */
  long count(AlertFilter filter) {
    flushOccurrences();
    Map<String, Object> params = new LinkedHashMap<>();
    return jdbc.sql("SELECT COUNT(*) FROM alerts" + filter.where(params))
        .params(params)
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> seriesKind(SeriesKey series, AlertKind kind) {
    return Map.of(
        "dimension", series.dimension().name(), "value", series.value(), "kind", kind.name());
  }

  private static Map<String, Object> parameters(Alert alert) {
    Evidence evidence = alert.evidence();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("id", alert.id());
    params.put("kind", alert.kind().name());
    params.put("dimension", alert.series().dimension().name());
    params.put("value", alert.series().value());
    params.put("level", alert.level().name());
    params.put("status", alert.status().name());
    params.put("raisedAt", time(alert.raisedAt()));
    params.put("reviewBy", time(alert.reviewBy()));
    params.put("score", evidence.score());
    params.put("count", evidence.count());
    params.put("negatives", evidence.negatives());
    params.put("zScore", evidence.zScore());
    params.put("windowStart", time(evidence.windowStart()));
    params.put("windowEnd", time(evidence.windowEnd()));
    params.put("interactionId", alert.interactionId());
    params.put("occurrences", alert.occurrences());
    params.put("escalatedAt", time(alert.escalatedAt()));
    params.put("acknowledgedBy", alert.acknowledgedBy());
    params.put("acknowledgedAt", time(alert.acknowledgedAt()));
    params.put("resolvedBy", alert.resolvedBy());
    params.put("resolvedAt", time(alert.resolvedAt()));
    params.put("closeReason", alert.closeReason());
    return params;
  }

  private static Alert alert(ResultSet rs, int row) throws SQLException {
    double z = rs.getDouble("z_score");
    Double zScore = rs.wasNull() ? null : z;
    return new Alert(
        rs.getString("id"),
        AlertKind.valueOf(rs.getString("kind")),
        new SeriesKey(
            Dimension.valueOf(rs.getString("series_dimension")), rs.getString("series_value")),
        Band.valueOf(rs.getString("level")),
        AlertStatus.valueOf(rs.getString("status")),
        instant(rs, "raised_at"),
        instant(rs, "review_by"),
        new Evidence(
            rs.getDouble("score"),
            rs.getInt("window_count"),
            rs.getInt("negatives"),
            zScore,
            instant(rs, "window_start"),
            instant(rs, "window_end")),
        rs.getString("interaction_id"),
        rs.getInt("occurrences"),
        instant(rs, "escalated_at"),
        rs.getString("acknowledged_by"),
        instant(rs, "acknowledged_at"),
        rs.getString("resolved_by"),
        instant(rs, "resolved_at"),
        rs.getString("close_reason"));
  }

  /** UTC timestamp parameter, or null. */
  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
