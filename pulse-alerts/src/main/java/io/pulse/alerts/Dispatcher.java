package io.pulse.alerts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due deliveries from the outbox. A failure keeps the delivery pending with exponential
 * back-off, so nothing is lost while a receiver is down; a delivery is marked delivered only after
 * its receiver accepted it.
 */
final class Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 100;

  private final NotificationOutbox outbox;
  private final Map<Delivery.Channel, Transport> transports;
  private final AlertConfig.Retry retry;
  private final Clock clock;

  Dispatcher(
      NotificationOutbox outbox,
      Map<Delivery.Channel, Transport> transports,
      AlertConfig.Retry retry,
      Clock clock) {
    this.outbox = outbox;
    this.transports = Map.copyOf(transports);
    this.retry = retry;
    this.clock = clock;
  }

  DispatchResult dispatchDue() {
    int delivered = 0;
    int failed = 0;
    for (Delivery delivery : outbox.due(clock.instant(), BATCH)) {
      if (attempt(delivery)) {
        delivered++;
      } else {
        failed++;
      }
    }
    return new DispatchResult(delivered, failed);
  }

  private boolean attempt(Delivery delivery) {
    Transport transport = transports.get(delivery.channel());
    try {
      if (transport == null) {
        throw new IOException("no transport configured for " + delivery.channel());
      }
      transport.send(delivery);
      outbox.update(delivery.delivered(clock.instant()));
      return true;
    } catch (IOException | RuntimeException e) {
      Instant now = clock.instant();
      Instant retryAt = now.plus(backoff(delivery.attempts() + 1));
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      outbox.update(delivery.failed(error, retryAt));
      LOG.warn(
          "delivery {} ({} {}) failed, attempt {}, retry at {}: {}",
          delivery.id(),
          delivery.channel(),
          delivery.eventType(),
          delivery.attempts() + 1,
          retryAt,
          error);
      return false;
    }
  }

  /** Wait after the n-th failed attempt: {@code initial * 2^(n-1)}, at most {@code max}. */
  Duration backoff(int failedAttempts) {
    Duration wait = retry.initialBackoff();
    for (int i = 1; i < failedAttempts && wait.compareTo(retry.maxBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : wait;
  }
}
