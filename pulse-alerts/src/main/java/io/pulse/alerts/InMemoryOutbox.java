package io.pulse.alerts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Outbox for tests, calibration and single-node use without a database. */
final class InMemoryOutbox implements NotificationOutbox {

  private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();

  @Override
  public void add(Delivery delivery) {
    deliveries.put(delivery.id(), delivery);
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return pending().stream().filter(d -> !d.nextAttemptAt().isAfter(now)).limit(limit).toList();
  }

  @Override
  public void update(Delivery delivery) {
    deliveries.put(delivery.id(), delivery);
  }

  @Override
  public Optional<Delivery> find(String id) {
    return Optional.ofNullable(deliveries.get(id));
  }

  @Override
  public List<Delivery> pending() {
    return deliveries.values().stream()
        .filter(d -> d.status() == Delivery.Status.PENDING)
        .sorted(Comparator.comparing(Delivery::createdAt).thenComparing(Delivery::id))
        .toList();
  }

  /** Every delivery, oldest first (tests and calibration count them). */
  List<Delivery> all() {
    return deliveries.values().stream()
        .sorted(Comparator.comparing(Delivery::createdAt).thenComparing(Delivery::id))
        .toList();
  }
}
