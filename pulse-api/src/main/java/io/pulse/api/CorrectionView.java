package io.pulse.api;

import java.time.OffsetDateTime;

/**
 * A correction as the API shows it.
 *
 * @param interactionId the corrected interaction
 * @param label the gold label from now on
 * @param previousLabel the current label before the correction (model or earlier correction)
 * @param previousModelVersion who produced the previous label ({@code human:<user>} for people)
 * @param correctedBy the authenticated user
 * @param correctedAt when
 * @param note optional note
 * @param source {@code api} or {@code review}
 */
public record CorrectionView(
    long interactionId,
    String label,
    String previousLabel,
    String previousModelVersion,
    String correctedBy,
    OffsetDateTime correctedAt,
    String note,
    String source) {}
