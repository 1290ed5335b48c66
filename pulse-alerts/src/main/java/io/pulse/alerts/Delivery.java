package io.pulse.alerts;

import java.time.Instant;

/**
 * One notification on its way to one destination; lives in the {@link NotificationOutbox} until a
 * receiver accepted it.
 *
 * @param id unique id; sent as {@code X-Pulse-Delivery} so receivers can drop repeats
 * @param eventId id of the event (several deliveries may carry one event)
 * @param eventType {@code alert.raised}, {@code alert.escalated}, {@code alert.withdrawn} or {@code
 *     survey.requested}
 * @param channel webhook or e-mail
 * @param recipient role whose addresses get the e-mail; {@code webhook} for the webhook
 * @param payload JSON body: ids, levels, scores and series only
 * @param createdAt when it was queued
 * @param status pending until delivered
 * @param attempts failed and successful attempts so far
 * @param nextAttemptAt when the dispatcher may try next
 * @param lastError why the last attempt failed (no payload content), or {@code null}
 * @param deliveredAt when the receiver accepted it, or {@code null}
 */
public record Delivery(
    String id,
    String eventId,
    String eventType,
    Channel channel,
    String recipient,
    String payload,
    Instant createdAt,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant deliveredAt) {

  /** Destination kind. */
  public enum Channel {
    WEBHOOK,
    EMAIL,
    /** A write-back action on the helpdesk ticket; the recipient is the write-back rule. */
    HELPDESK
  }

  /** Delivery state; there is no failed state because nothing is given up. */
  public enum Status {
    PENDING,
    DELIVERED
  }

  Delivery delivered(Instant at) {
    return new Delivery(
        id,
        eventId,
        eventType,
        channel,
        recipient,
        payload,
        createdAt,
        Status.DELIVERED,
        attempts + 1,
        null,
        null,
        at);
  }

  Delivery failed(String error, Instant retryAt) {
    return new Delivery(
        id,
        eventId,
        eventType,
        channel,
        recipient,
        payload,
        createdAt,
        Status.PENDING,
        attempts + 1,
        retryAt,
        error,
        null);
  }
}
