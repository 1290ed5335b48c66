package io.pulse.alerts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alert store for tests, calibration and single-node use without a database. Keeps the latest alert
 * per series and kind: the engine only raises a new one when that one is resolved, so it is the
 * only candidate for "unresolved" and holds the last raise time.
 */
final class InMemoryAlertStore implements AlertStore {

  private record SeriesKind(SeriesKey series, AlertKind kind) {}

  private final Map<String, Alert> alerts = new ConcurrentHashMap<>();
  private final Map<SeriesKind, String> latest = new ConcurrentHashMap<>();

  @Override
  public void save(Alert alert) {
    alerts.put(alert.id(), alert);
    latest.merge(
        new SeriesKind(alert.series(), alert.kind()),
        alert.id(),
        (old, id) -> alerts.get(old).raisedAt().isAfter(alert.raisedAt()) ? old : id);
  }

  @Override
  public Optional<Alert> find(String id) {
    return Optional.ofNullable(alerts.get(id));
  }

  @Override
  public Optional<Alert> findUnresolved(SeriesKey series, AlertKind kind) {
    return latest(series, kind).filter(a -> !a.status().closed());
  }

  @Override
  public Optional<Instant> lastRaisedAt(SeriesKey series, AlertKind kind) {
    return latest(series, kind).map(Alert::raisedAt);
  }

  @Override
  public List<Alert> findOverdue(Instant now) {
    return alerts.values().stream()
        .filter(a -> a.escalatedAt() == null && a.isOverdue(now))
        .sorted(Comparator.comparing(Alert::raisedAt))
        .toList();
  }

  private Optional<Alert> latest(SeriesKey series, AlertKind kind) {
    return Optional.ofNullable(latest.get(new SeriesKind(series, kind))).map(alerts::get);
  }
}
