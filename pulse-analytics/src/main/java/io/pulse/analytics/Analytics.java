package io.pulse.analytics;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The analytics entry point: plain records in, records out. Nothing here needs a server or a model,
 * so the server, the CLI and tests call the same functions.
 *
 * <ul>
 *   <li>{@link #importTransactions}: CSV (plain or gzip) to {@link Transaction}s plus counts of
 *       what was dropped;
 *   <li>{@link #rfm}: recency/frequency/monetary, quintile scores and the R x F segments;
 *   <li>{@link #cohorts}: monthly acquisition cohorts with retention and revenue;
 *   <li>sentiment x RFM, joined on the customer key: {@link #valuableTurningNegative}, {@link
 *       #sentimentRevenueCorrelation}, {@link #churnRisk};
 *   <li>KPIs: {@link #sentimentByPeriod}, {@link #alertResponseTimes}, {@link #negativeToPositive},
 *       and {@link #correlation} for any two measures.
 * </ul>
 *
 * <p>All functions are pure and thread-safe; inputs are not modified.
 */
public final class Analytics {

  private Analytics() {}

  /**
   * Reads a transaction CSV file; {@code .gz} (or any gzip content) is decompressed on the fly.
   *
   * @throws TransactionFormatException naming file, line and column of the first malformed row
   *     (unless {@link ImportOptions#skipMalformed()}), or a header that lacks a mapped column
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static TransactionImport importTransactions(Path file, ImportOptions options) {
    return TransactionFiles.read(file, options);
  }

  /**
   * Reads transaction CSV from a stream (UTF-8, not decompressed); {@code source} names it in
   * errors. The stream is not closed.
   */
  public static TransactionImport importTransactions(
      InputStream csv, String source, ImportOptions options) {
    return TransactionReader.read(csv, source, options);
  }

  /**
   * Scores customers. Recency = days from the last purchase date to the reference date, frequency =
   * distinct invoices, monetary = sum of quantity x unit price. Each is scored 1..5 like pandas
   * {@code qcut(x.rank(method="first"), 5, labels=[1..5])}: values ranked 1..n with ties in
   * customer-key order, the rank range cut at its 20/40/60/80 % points (right-closed bins), so each
   * score holds n/5 customers (+-1) even with heavy ties. The recency score is inverted (most
   * recent = 5); the segment comes from the R and F scores via {@link RfmOptions#rules()}.
   *
   * @param transactions purchases (e.g. {@link TransactionImport#transactions()}); transactions on
   *     or after the reference date are ignored
   * @throws IllegalArgumentException when there is no transaction
   */
  public static RfmResult rfm(List<Transaction> transactions, RfmOptions options) {
    return RfmCalculator.compute(transactions, options);
  }

  /** Monthly acquisition cohorts: retention and revenue per month offset. */
  public static CohortResult cohorts(List<Transaction> transactions) {
    return CohortCalculator.compute(transactions);
  }

  /**
   * Valuable customers (by default champions, loyal customers, can't lose) whose sentiment is
   * turning negative: at least one observation before and one inside the recent window, a recent
   * mean below 0, and a recent mean at least {@link TrendOptions#minDrop()} below the earlier mean.
   * Biggest drop first, then highest spend.
   */
  public static List<SentimentTrend> valuableTurningNegative(
      List<CustomerRfm> customers, List<SentimentObservation> observations, TrendOptions options) {
    return SentimentJoins.valuableTurningNegative(customers, observations, options);
  }

  /**
   * Correlation between a customer's mean sentiment and spend (monetary), over the customers that
   * have both.
   *
   * @throws IllegalArgumentException with fewer than 4 such customers or without variance
   */
  public static Correlation sentimentRevenueCorrelation(
      List<CustomerRfm> customers, List<SentimentObservation> observations, double confidence) {
    return SentimentJoins.sentimentRevenue(customers, observations, confidence);
  }

  /**
   * Pearson's r with a Fisher-z confidence interval (tanh(atanh(r) +- z_(1+c)/2 / sqrt(n - 3))) and
   * Spearman's rho (Pearson on average ranks).
   *
   * @throws IllegalArgumentException with fewer than 4 pairs, unequal lengths or no variance
   */
  public static Correlation correlation(double[] x, double[] y, double confidence) {
    return Correlations.of(x, y, confidence);
  }

  /**
   * Ranks customers by churn risk, highest first (ties: higher spend first):
   *
   * <pre>
   * risk = 0.35 * (5 - R) / 4                                   recency: long since last purchase
   *      + 0.25 * clamp((R_prev - R + F_prev - F) / 8)          R and F scores falling
   *      + 0.25 * clamp(-recent mean sentiment)                 unhappy now
   *      + 0.15 * clamp((earlier mean - recent mean) / 2)        getting unhappier
   * </pre>
   *
   * clamp() limits to [0, 1], so risk is in [0, 1]. A term without data (no previous snapshot, no
   * observations in a window) is 0.
   *
   * @param current RFM of now
   * @param previous RFM of an earlier snapshot (e.g. {@link #rfm} with a reference date 90 days
   *     earlier); may be empty
   */
  public static List<ChurnRisk> churnRisk(
      List<CustomerRfm> current,
      List<CustomerRfm> previous,
      List<SentimentObservation> observations,
      TrendOptions options) {
    return SentimentJoins.churnRisk(current, previous, observations, options);
  }

  /**
   * Mean sentiment per period (in {@code zone}) and its change from the previous period: the
   * "sentiment score improvement over time" KPI.
   */
  public static List<PeriodSentiment> sentimentByPeriod(
      List<SentimentObservation> observations, Granularity granularity, ZoneId zone) {
    return SentimentKpis.byPeriod(observations, granularity, zone);
  }

  /** Median and 90th percentile of the time from a negative alert to its acknowledgement. */
  public static ResponseTimes alertResponseTimes(List<AlertRecord> alerts) {
    return SentimentKpis.responseTimes(alerts);
  }

  /**
   * Share of customers whose sentiment went from negative (first period mean &lt; 0) to positive
   * (last period mean &gt; 0), among customers seen in at least two periods.
   */
  public static SentimentShift negativeToPositive(
      List<SentimentObservation> observations, Granularity granularity, ZoneId zone) {
    return SentimentKpis.negativeToPositive(observations, granularity, zone);
  }
}
