package io.pulse.analytics;

import java.time.LocalDate;

/**
 * Mean sentiment of one period.
 *
 * @param periodStart first day of the period
 * @param observations observations in the period
 * @param mean mean score
 * @param change mean minus the previous period's mean; {@code null} for the first period
 */
public record PeriodSentiment(
    LocalDate periodStart, int observations, double mean, Double change) {}
