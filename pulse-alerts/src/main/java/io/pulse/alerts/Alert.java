package io.pulse.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One alert and its life cycle. Instances are immutable; a transition returns a new instance that
 * the engine saves in the {@link AlertStore}.
 *
 * @param id unique id
 * @param kind why it was raised
 * @param series the series it is about
 * @param level current band; raised by escalation
 * @param status {@code OPEN -> ACKNOWLEDGED -> RESOLVED}, or {@code WITHDRAWN}
 * @param raisedAt when it was raised
 * @param reviewBy acknowledgement deadline, or {@code null} when none is due (success stories)
 * @param evidence the numbers that raised it
 * @param interactionId the interaction that raised it, or {@code null} for series alerts
 * @param occurrences how often it fired, counting the ones de-duplicated into it
 * @param escalatedAt when it was escalated for missing its deadline, or {@code null}
 * @param acknowledgedBy staff id, or {@code null}
 * @param acknowledgedAt when acknowledged, or {@code null}
 * @param resolvedBy staff id, or {@code null}
 * @param resolvedAt when resolved or withdrawn, or {@code null}
 * @param closeReason why it was withdrawn ({@value #CORRECTED}), or {@code null}
 */
public record Alert(
    String id,
    AlertKind kind,
    SeriesKey series,
    Band level,
    AlertStatus status,
    Instant raisedAt,
    Instant reviewBy,
    Evidence evidence,
    String interactionId,
    int occurrences,
    Instant escalatedAt,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String resolvedBy,
    Instant resolvedAt,
    String closeReason) {

  /** Close reason of an alert withdrawn because its interaction was corrected. */
  public static final String CORRECTED = "corrected";

  private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Whether the review deadline has passed without acknowledgement. */
  public boolean isOverdue(Instant now) {
    return status == AlertStatus.OPEN && reviewBy != null && now.isAfter(reviewBy);
  }

  Alert acknowledge(String actor, Instant at) {
    requireStatus(AlertStatus.OPEN, "acknowledge");
    return new Alert(
        id,
        kind,
        series,
        level,
        AlertStatus.ACKNOWLEDGED,
        raisedAt,
        reviewBy,
        evidence,
        interactionId,
        occurrences,
        escalatedAt,
        staffId(actor),
        at,
        null,
        null,
        null);
  }

  Alert resolve(String actor, Instant at) {
    requireStatus(AlertStatus.ACKNOWLEDGED, "resolve");
    return new Alert(
        id,
        kind,
        series,
        level,
        AlertStatus.RESOLVED,
        raisedAt,
        reviewBy,
        evidence,
        interactionId,
        occurrences,
        escalatedAt,
        acknowledgedBy,
        acknowledgedAt,
        staffId(actor),
        at,
        null);
  }

  /** Withdrawn for {@code reason}: the interaction that alone caused it is no longer negative. */
  Alert withdraw(String reason, Instant at) {
    if (status.closed()) {
      throw new IllegalStateException("cannot withdraw alert " + id + ": it is " + status);
    }
    return new Alert(
        id,
        kind,
        series,
        level,
        AlertStatus.WITHDRAWN,
        raisedAt,
        reviewBy,
        evidence,
        interactionId,
        occurrences,
        escalatedAt,
        acknowledgedBy,
        acknowledgedAt,
        resolvedBy,
        at,
        reason);
  }

  /**
   * A more severe occurrence was de-duplicated into this alert: takes its level and, while open,
   * the shorter deadline that level has.
   */
  Alert upgrade(Band newLevel, Instant at, Duration review) {
    Instant deadline = reviewBy;
    if (status == AlertStatus.OPEN && review != null) {
      Instant candidate = at.plus(review);
      deadline = deadline == null || candidate.isBefore(deadline) ? candidate : deadline;
    }
    return new Alert(
        id,
        kind,
        series,
        level.max(newLevel),
        status,
        raisedAt,
        deadline,
        evidence,
        interactionId,
        occurrences,
        escalatedAt,
        acknowledgedBy,
        acknowledgedAt,
        resolvedBy,
        resolvedAt,
        closeReason);
  }

  /** The deadline passed unacknowledged: one level up, marked so it escalates only once. */
  Alert escalateOverdue(Instant at) {
    return new Alert(
        id,
        kind,
        series,
        level.raised(),
        status,
        raisedAt,
        reviewBy,
        evidence,
        interactionId,
        occurrences,
        at,
        acknowledgedBy,
        acknowledgedAt,
        resolvedBy,
        resolvedAt,
        closeReason);
  }

  Alert withOccurrence() {
    return new Alert(
        id,
        kind,
        series,
        level,
        status,
        raisedAt,
        reviewBy,
        evidence,
        interactionId,
        occurrences + 1,
        escalatedAt,
        acknowledgedBy,
        acknowledgedAt,
        resolvedBy,
        resolvedAt,
        closeReason);
  }

  private void requireStatus(AlertStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException(
          "cannot "
              + action
              + " alert "
              + id
              + ": it is "
              + status
              + ", "
              + action
              + " needs "
              + expected);
    }
  }

  /**
   * Checks that the actor is a staff id: customers never act on alerts, and their pseudonyms
   * ({@code c_...}) or e-mail addresses must not end up in the audit trail.
   */
  private static String staffId(String actor) {
    if (actor == null || !STAFF_ID.matcher(actor).matches() || actor.startsWith("c_")) {
      throw new IllegalArgumentException(
          "actor must be a staff id ([A-Za-z0-9._-]{1,64}, not a customer pseudonym c_...), found "
              + (actor == null ? "null" : "an invalid value of length " + actor.length()));
    }
    return actor;
  }
}
