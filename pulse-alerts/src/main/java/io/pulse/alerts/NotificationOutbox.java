package io.pulse.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable queue of deliveries. A delivery is added when its event happens and stays pending until a
 * receiver accepted it; the dispatcher retries it with back-off. The engine ships an in-memory
 * implementation; the server provides a JDBC one (ideally written in the same transaction as the
 * alert, so an alert never exists without its notifications).
 */
public interface NotificationOutbox {

  /** Queues a new delivery. */
  void add(Delivery delivery);

  /** Pending deliveries whose next attempt is due at {@code now}, oldest first, at most limit. */
  List<Delivery> due(Instant now, int limit);

  /** Replaces the stored state of a delivery (same id) after an attempt. */
  void update(Delivery delivery);

  /** The delivery with this id. */
  Optional<Delivery> find(String id);

  /** Every delivery not delivered yet, oldest first: what operators look at. */
  List<Delivery> pending();
}
