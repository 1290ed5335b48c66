package io.pulse.analytics;

/**
 * How many customers went from negative to positive between their first and last period.
 *
 * @param customers customers with observations in at least two periods
 * @param startedNegative of those, customers whose first-period mean was below 0
 * @param endedPositive of those, customers whose last-period mean is above 0
 * @param share endedPositive / startedNegative (0 when nobody started negative)
 */
public record SentimentShift(int customers, int startedNegative, int endedPositive, double share) {}
