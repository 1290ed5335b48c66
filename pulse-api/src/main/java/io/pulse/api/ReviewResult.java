package io.pulse.api;

import java.time.OffsetDateTime;

/**
 * Result of answering a spot check.
 *
 * @param interactionId the reviewed interaction
 * @param status {@code confirmed} (the model's label) or {@code corrected}
 * @param modelLabel the model's label when it was sampled
 * @param reviewerLabel the reviewer's label
 * @param reviewedBy the authenticated user
 * @param reviewedAt when
 */
public record ReviewResult(
    long interactionId,
    String status,
    String modelLabel,
    String reviewerLabel,
    String reviewedBy,
    OffsetDateTime reviewedAt) {}
