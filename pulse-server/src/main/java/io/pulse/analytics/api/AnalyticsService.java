package io.pulse.analytics.api;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.ChurnRisk;
import io.pulse.analytics.Correlation;
import io.pulse.analytics.CustomerRfm;
import io.pulse.analytics.Granularity;
import io.pulse.analytics.RfmOptions;
import io.pulse.analytics.RfmResult;
import io.pulse.analytics.SegmentRules;
import io.pulse.analytics.SentimentObservation;
import io.pulse.analytics.TransactionImport;
import io.pulse.analytics.TrendOptions;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Runs the analyses on imported transactions and pseudonymises every customer id on the way out
 * (with the same guard as ingest), so results join with stored sentiment and never show raw ids.
 * Segment rules come from {@code pulse.analytics.segment-rules-file} ({@code pattern=segment} per
 * line) or are the standard ten segments.
 */
@Service
class AnalyticsService {

  /** The churn-risk score compares RFM now with RFM this many days earlier. */
  static final int PREVIOUS_SNAPSHOT_DAYS = 90;

  /** RFM request: reference date ({@code null}: day after the last purchase) and output. */
  record RfmQuery(LocalDate referenceDate, boolean includeCustomers, String segment) {}

  /** Sentiment x RFM request. */
  record SentimentQuery(
      LocalDate referenceDate,
      Instant asOf,
      int recentDays,
      double minDrop,
      double confidence,
      int limit) {}

  private final PrivacyGuard guard;
  private final SentimentStore sentiment;
  private final SegmentRules rules;

  AnalyticsService(PrivacyGuard guard, SentimentStore sentiment, AnalyticsProperties settings) {
    this.guard = guard;
    this.sentiment = sentiment;
    this.rules = rules(settings.segmentRulesFile().strip());
  }

  private static SegmentRules rules(String file) {
    if (file.isEmpty()) {
      return SegmentRules.standard();
    }
    try {
      return SegmentRules.parse(Files.readAllLines(Path.of(file)), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pulse.analytics.segment-rules-file " + file, e);
    }
  }

  RfmReport rfm(TransactionImport imported, RfmQuery query) {
    RfmResult result = score(imported, query.referenceDate());
    List<CustomerRfm> customers = null;
    if (query.includeCustomers()) {
      customers =
          pseudonymised(result.customers()).stream()
              .filter(c -> query.segment() == null || c.segment().equals(query.segment()))
              .sorted(
                  Comparator.comparingDouble(CustomerRfm::monetary)
                      .reversed()
                      .thenComparing(CustomerRfm::customerId))
              .toList();
    }
    return new RfmReport(
        imported.report(),
        result.referenceDate(),
        result.customers().size(),
        result.segments(),
        customers);
  }

  CohortReport cohorts(TransactionImport imported) {
    return CohortReport.of(imported.report(), Analytics.cohorts(imported.transactions()));
  }

  SentimentRfmReport sentimentRfm(TransactionImport imported, SentimentQuery query) {
    RfmResult now = score(imported, query.referenceDate());
    RfmResult before =
        Analytics.rfm(
            imported.transactions(),
            new RfmOptions(now.referenceDate().minusDays(PREVIOUS_SNAPSHOT_DAYS), rules));
    List<CustomerRfm> current = pseudonymised(now.customers());
    List<CustomerRfm> previous = pseudonymised(before.customers());
    List<SentimentObservation> observations =
        sentiment.observations(
            current.stream().map(CustomerRfm::customerId).toList(), query.asOf());
    Instant asOf =
        query.asOf() != null
            ? query.asOf()
            : observations.stream()
                .map(SentimentObservation::at)
                .max(Comparator.naturalOrder())
                .orElse(null);
    TrendOptions trend =
        new TrendOptions(
            asOf, Duration.ofDays(query.recentDays()), query.minDrop(), SegmentRules.VALUABLE);
    Correlation correlation = null;
    String note = null;
    try {
      correlation =
          Analytics.sentimentRevenueCorrelation(current, observations, query.confidence());
    } catch (IllegalArgumentException e) {
      note = e.getMessage();
    }
    List<ChurnRisk> risks = Analytics.churnRisk(current, previous, observations, trend);
    Set<String> withSentiment = new HashSet<>();
    observations.forEach(o -> withSentiment.add(o.customerKey()));
    return new SentimentRfmReport(
        imported.report(),
        now.referenceDate(),
        current.size(),
        withSentiment.size(),
        observations.size(),
        asOf,
        Analytics.valuableTurningNegative(current, observations, trend),
        correlation,
        note,
        risks.subList(0, Math.min(query.limit(), risks.size())),
        Analytics.sentimentByPeriod(observations, Granularity.MONTH, ZoneOffset.UTC),
        Analytics.negativeToPositive(observations, Granularity.MONTH, ZoneOffset.UTC));
  }

  private RfmResult score(TransactionImport imported, LocalDate referenceDate) {
    if (imported.transactions().isEmpty()) {
      throw ApiProblem.invalidRequest(
          imported.report().source()
              + ": no transaction kept ("
              + imported.report().rows()
              + " rows read; rows without customer, cancellations and quantity <= 0 are dropped)");
    }
    return Analytics.rfm(imported.transactions(), new RfmOptions(referenceDate, rules));
  }

  /** The same customers keyed by the pseudonym of their id. */
  private List<CustomerRfm> pseudonymised(List<CustomerRfm> customers) {
    List<CustomerRfm> keyed = new ArrayList<>(customers.size());
    for (CustomerRfm c : customers) {
      keyed.add(
          new CustomerRfm(
              guard.pseudonymise(c.customerId()),
              c.lastPurchase(),
              c.recency(),
              c.frequency(),
              c.monetary(),
              c.recencyScore(),
              c.frequencyScore(),
              c.monetaryScore(),
              c.segment()));
    }
    return keyed;
  }
}
