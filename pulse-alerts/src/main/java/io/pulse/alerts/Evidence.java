package io.pulse.alerts;

import java.time.Instant;

/**
 * The numbers behind an alert: no text, no personal data.
 *
 * @param score score of the interaction, or mean score of the window
 * @param count interactions in the window (1 for a single interaction)
 * @param negatives negative (orange or red) interactions among them
 * @param zScore departure from the baseline in standard deviations, or {@code null} when no
 *     baseline was involved
 * @param windowStart start of the window, inclusive
 * @param windowEnd end of the window, exclusive
 */
public record Evidence(
    double score,
    int count,
    int negatives,
    Double zScore,
    Instant windowStart,
    Instant windowEnd) {}
