package io.pulse.analytics;

/**
 * Correlation between two measures with a confidence interval.
 *
 * @param n number of pairs
 * @param pearson Pearson's r
 * @param lower lower bound of the confidence interval of r (Fisher z transform)
 * @param upper upper bound of the confidence interval of r
 * @param confidence confidence level of the interval, e.g. 0.95
 * @param spearman Spearman's rank correlation (average ranks for ties)
 */
public record Correlation(
    int n, double pearson, double lower, double upper, double confidence, double spearman) {}
