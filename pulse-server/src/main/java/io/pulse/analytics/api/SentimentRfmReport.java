package io.pulse.analytics.api;

import io.pulse.analytics.ChurnRisk;
import io.pulse.analytics.Correlation;
import io.pulse.analytics.ImportReport;
import io.pulse.analytics.PeriodSentiment;
import io.pulse.analytics.SentimentShift;
import io.pulse.analytics.SentimentTrend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * RFM joined with stored interaction sentiment per customer pseudonym.
 *
 * @param transactions what the import read and dropped
 * @param referenceDate the date recency is counted to
 * @param customers customers scored
 * @param customersWithSentiment of those, customers with at least one stored interaction
 * @param observations stored interactions of those customers
 * @param asOf end of the recent sentiment window (the latest observation unless given)
 * @param valuableTurningNegative champions, loyal customers and can't lose whose recent sentiment
 *     is negative and lower than before, biggest drop first
 * @param sentimentRevenue Pearson (with confidence interval) and Spearman correlation of a
 *     customer's mean sentiment and spend; {@code null} when it cannot be computed
 * @param sentimentRevenueNote why the correlation is missing, else {@code null}
 * @param churnRisk customers by churn risk, highest first (at most {@code limit})
 * @param sentimentByMonth mean sentiment of those customers per month and its change
 * @param negativeToPositive customers whose monthly sentiment went from negative to positive
 */
record SentimentRfmReport(
    ImportReport transactions,
    LocalDate referenceDate,
    int customers,
    int customersWithSentiment,
    int observations,
    Instant asOf,
    List<SentimentTrend> valuableTurningNegative,
    Correlation sentimentRevenue,
    String sentimentRevenueNote,
    List<ChurnRisk> churnRisk,
    List<PeriodSentiment> sentimentByMonth,
    SentimentShift negativeToPositive) {}
