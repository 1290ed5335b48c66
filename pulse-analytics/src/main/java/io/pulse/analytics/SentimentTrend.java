package io.pulse.analytics;

/**
 * A customer whose recent sentiment is lower than before.
 *
 * @param customerKey customer key
 * @param segment RFM segment
 * @param monetary RFM spend, to rank who to call first
 * @param earlierCount observations before the recent window
 * @param earlierMean mean score before the recent window
 * @param recentCount observations in the recent window
 * @param recentMean mean score in the recent window
 * @param change recentMean - earlierMean (negative: getting worse)
 * @param slopePerDay least-squares slope of score over time, per day, over all observations
 */
public record SentimentTrend(
    String customerKey,
    String segment,
    double monetary,
    int earlierCount,
    double earlierMean,
    int recentCount,
    double recentMean,
    double change,
    double slopePerDay) {}
