package io.pulse.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts live. The engine ships an in-memory implementation; the server provides a JDBC one.
 * Implementations must be thread-safe; the engine serialises its own writes.
 */
public interface AlertStore {

  /** Inserts the alert or replaces the one with the same id. */
  void save(Alert alert);

  /** The alert with this id. */
  Optional<Alert> find(String id);

  /** The alert of this series and kind that is not resolved yet (at most one exists). */
  Optional<Alert> findUnresolved(SeriesKey series, AlertKind kind);

  /** When the latest alert of this series and kind was raised, resolved or not. */
  Optional<Instant> lastRaisedAt(SeriesKey series, AlertKind kind);

  /**
   * Open (unacknowledged), not yet escalated alerts whose review deadline is before {@code now}.
   */
  List<Alert> findOverdue(Instant now);
}
