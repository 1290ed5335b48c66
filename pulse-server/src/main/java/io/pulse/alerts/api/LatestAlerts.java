package io.pulse.alerts.api;

import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertKind;
import io.pulse.alerts.SeriesKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The latest alert of each recently used series and kind, or the knowledge that there is none: what
 * the engine asks for every candidate alert (de-duplication and cooldown). Read through from the
 * table on a miss and kept current by every save, so the hot path of ingest needs no query. Valid
 * because one engine is the only writer of the table; least recently used entries are dropped
 * beyond the capacity.
 */
final class LatestAlerts {

  private record Key(SeriesKey series, AlertKind kind) {}

  private final Map<Key, Optional<Alert>> entries;

  LatestAlerts(int capacity) {
    this.entries =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Optional<Alert>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The cached latest alert, loading it with {@code loader} when this key is not cached. */
  synchronized Optional<Alert> get(
      SeriesKey series, AlertKind kind, Supplier<Optional<Alert>> loader) {
    Key key = new Key(series, kind);
    Optional<Alert> cached = entries.get(key);
    if (cached == null) {
      cached = loader.get();
      entries.put(key, cached);
    }
    return cached;
  }

  /**
   * What is known about the saved alert's row: {@code TRUE} when it is the cached latest (so it
   * exists), {@code FALSE} when it is newer than what is cached (a new row), null when unknown.
   */
  synchronized Boolean stored(Alert alert) {
    Optional<Alert> cached = entries.get(new Key(alert.series(), alert.kind()));
    if (cached == null) {
      return null;
    }
    if (cached.isPresent() && cached.get().id().equals(alert.id())) {
      return Boolean.TRUE;
    }
    return cached.isEmpty() || alert.raisedAt().isAfter(cached.get().raisedAt())
        ? Boolean.FALSE
        : null;
  }

  /** The cached version of this alert (same id), if it is the cached latest of its series. */
  synchronized Optional<Alert> cachedVersion(Alert alert) {
    Optional<Alert> cached = entries.get(new Key(alert.series(), alert.kind()));
    return cached == null ? Optional.empty() : cached.filter(a -> a.id().equals(alert.id()));
  }

  /** Records a saved alert if it is the latest of its series and kind. */
  synchronized void saved(Alert alert) {
    Key key = new Key(alert.series(), alert.kind());
    Optional<Alert> cached = entries.get(key);
    if (cached == null
        || cached.isEmpty()
        || cached.get().id().equals(alert.id())
        || alert.raisedAt().isAfter(cached.get().raisedAt())) {
      entries.put(key, Optional.of(alert));
    }
  }
}
