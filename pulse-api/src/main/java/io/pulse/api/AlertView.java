package io.pulse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An alert as the API shows it. The series of a customer alert is the customer's pseudonym; no
 * message text is part of an alert.
 *
 * @param id alert id
 * @param kind why it was raised ({@code NEGATIVE_INTERACTION}, {@code TREND_DROP}, ...)
 * @param level {@code GREEN} (success story), {@code ORANGE} or {@code RED}
 * @param status {@code OPEN}, {@code ACKNOWLEDGED}, {@code RESOLVED} or {@code WITHDRAWN}
 * @param series {@code dimension=value}, e.g. {@code product=router-x}
 * @param raisedAt when it was raised
 * @param reviewBy acknowledgement deadline, absent when none is due
 * @param overdue whether the deadline passed while it is still open
 * @param score interaction score or window mean
 * @param count interactions in the window (1 for a single interaction)
 * @param negatives negative interactions in the window
 * @param zScore departure from the baseline, for trend alerts
 * @param windowStart start of the window
 * @param windowEnd end of the window (exclusive)
 * @param interactionId id of the interaction that raised it (single-interaction alerts)
 * @param occurrences how often it fired, de-duplicated ones included
 * @param escalatedAt when it was escalated for missing its deadline
 * @param acknowledgedBy who acknowledged it
 * @param acknowledgedAt when
 * @param resolvedBy who resolved it
 * @param resolvedAt when it was resolved or withdrawn
 * @param closeReason why it was withdrawn ({@code corrected}: its interaction was corrected away
 *     from negative)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(
    String id,
    String kind,
    String level,
    String status,
    String series,
    Instant raisedAt,
    Instant reviewBy,
    boolean overdue,
    double score,
    int count,
    int negatives,
    Double zScore,
    Instant windowStart,
    Instant windowEnd,
    String interactionId,
    int occurrences,
    Instant escalatedAt,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String resolvedBy,
    Instant resolvedAt,
    String closeReason) {}
