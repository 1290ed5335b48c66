package io.pulse.analytics;

/**
 * Churn risk of one customer; see {@link Analytics#churnRisk} for the formula.
 *
 * @param customerKey customer key
 * @param segment current RFM segment
 * @param monetary current RFM spend
 * @param risk weighted risk in [0, 1]
 * @param recencyRisk (5 - R) / 4
 * @param scoreDecline drop of R + F score since the previous snapshot / 8, in [0, 1]
 * @param negativity minus the recent mean sentiment, clamped to [0, 1]
 * @param sentimentDrop (earlier mean - recent mean) / 2, clamped to [0, 1]
 */
public record ChurnRisk(
    String customerKey,
    String segment,
    double monetary,
    double risk,
    double recencyRisk,
    double scoreDecline,
    double negativity,
    double sentimentDrop) {}
