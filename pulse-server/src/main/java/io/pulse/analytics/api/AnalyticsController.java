package io.pulse.analytics.api;

import io.pulse.analytics.ImportOptions;
import io.pulse.analytics.ResponseTimes;
import io.pulse.analytics.TransactionImport;
import io.pulse.analytics.api.AnalyticsService.RfmQuery;
import io.pulse.analytics.api.AnalyticsService.SentimentQuery;
import io.pulse.server.ApiProblem;
import io.pulse.server.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public entry point of the analytics API (role analyst). GET endpoints analyse the default
 * transactions (the bundled Online Retail file); POST endpoints analyse an uploaded transactions
 * CSV, sent as the body ({@code text/csv}, plain or gzip) or as the part {@code file} of a
 * multipart form, with the column mapping in query parameters.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(
    name = "Analytics",
    description = "RFM segments, cohort retention and sentiment x RFM of transactions")
public class AnalyticsController {

  static final String UPLOAD =
      " Upload: the CSV as the body (text/csv, may be gzip) or as the form part 'file'. Query"
          + " parameters map fields to header names (invoice, stockCode, quantity, invoiceDate,"
          + " unitPrice, customerId, country; defaults are the Online Retail names) and set"
          + " dateFormat (default yyyy-MM-dd HH:mm), skipMalformed (skip and report bad rows"
          + " instead of a 400 naming the line) and excludeZeroPrice.";
  private static final Set<String> RFM_PARAMS =
      Set.of("referenceDate", "includeCustomers", "segment");
  private static final Set<String> SENTIMENT_PARAMS =
      Set.of("referenceDate", "asOf", "recentDays", "minDrop", "confidence", "limit");

  private final TransactionSource transactions;
  private final AnalyticsService analytics;
  private final AlertResponseStore alertResponses;

  AnalyticsController(
      TransactionSource transactions,
      AnalyticsService analytics,
      AlertResponseStore alertResponses) {
    this.transactions = transactions;
    this.analytics = analytics;
    this.alertResponses = alertResponses;
  }

  /**
   * KPI: how fast negative alerts are acknowledged.
   *
   * @param alerts orange and red alerts raised in the period
   * @param acknowledged how many of them were acknowledged
   * @param median median time from alert to acknowledgement (ISO-8601), null when none
   * @param p90 90th percentile of that time (ISO-8601), null when none
   */
  record AlertResponseReport(
      Instant from, Instant to, int alerts, int acknowledged, String median, String p90) {}

  @Operation(
      summary = "KPI: response time from negative alert to acknowledgement",
      description =
          "Orange and red alerts raised in [from, to) (ISO-8601 instants; default: the last 30"
              + " days): count, acknowledged, median and 90th percentile of the time to"
              + " acknowledgement.")
  @GetMapping("/kpis/alert-response")
  AlertResponseReport alertResponse(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Instant end = Objects.requireNonNullElseGet(RequestValues.instant("to", to), Instant::now);
    Instant start =
        Objects.requireNonNullElse(
            RequestValues.instant("from", from), end.minus(Duration.ofDays(30)));
    if (!start.isBefore(end)) {
      throw ApiProblem.invalidField("from", from, "from must be before to (" + end + ")");
    }
    ResponseTimes times =
        io.pulse.analytics.Analytics.alertResponseTimes(alertResponses.negativeAlerts(start, end));
    return new AlertResponseReport(
        start,
        end,
        times.alerts(),
        times.acknowledged(),
        times.median() == null ? null : times.median().toString(),
        times.p90() == null ? null : times.p90().toString());
  }

  @Operation(
      summary = "RFM segments of the bundled Online Retail transactions",
      description =
          "Recency (days to referenceDate), frequency (invoices), monetary (quantity x price),"
              + " quintile scores and the ten R x F segments, with mean/std/min/max per segment."
              + " includeCustomers=true adds each customer (pseudonymised), optionally of one"
              + " segment.")
  @GetMapping("/rfm")
  RfmReport rfm(
      @RequestParam(required = false) String referenceDate,
      @RequestParam(defaultValue = "false") boolean includeCustomers,
      @RequestParam(required = false) String segment) {
    RfmQuery query = rfmQuery(referenceDate, includeCustomers, segment);
    return analytics.rfm(transactions.bundled(), query);
  }

  @Operation(summary = "RFM segments of uploaded transactions", description = UPLOAD)
  @PostMapping(
      path = "/rfm",
      consumes = {"text/csv", MediaType.MULTIPART_FORM_DATA_VALUE, "application/gzip"})
  RfmReport rfmUpload(
      HttpServletRequest request,
      @RequestParam(required = false) String referenceDate,
      @RequestParam(defaultValue = "false") boolean includeCustomers,
      @RequestParam(required = false) String segment,
      @Parameter(hidden = true) @RequestParam Map<String, String> params) {
    RfmQuery query = rfmQuery(referenceDate, includeCustomers, segment);
    return analytics.rfm(upload(request, params, RFM_PARAMS), query);
  }

  @Operation(
      summary = "Monthly cohort retention of the bundled Online Retail transactions",
      description =
          "Customers grouped by month of first purchase; per month offset the active customers,"
              + " their share of the cohort and the cohort's revenue.")
  @GetMapping("/cohorts")
  CohortReport cohorts() {
    return analytics.cohorts(transactions.bundled());
  }

  @Operation(summary = "Monthly cohort retention of uploaded transactions", description = UPLOAD)
  @PostMapping(
      path = "/cohorts",
      consumes = {"text/csv", MediaType.MULTIPART_FORM_DATA_VALUE, "application/gzip"})
  CohortReport cohortsUpload(
      HttpServletRequest request,
      @Parameter(hidden = true) @RequestParam Map<String, String> params) {
    return analytics.cohorts(upload(request, params, Set.of()));
  }

  @Operation(
      summary = "RFM of the bundled transactions joined with stored sentiment per customer",
      description =
          "Customer ids are pseudonymised like ingested customer references, so they join."
              + " Valuable customers (champions, loyal customers, can't lose) whose mean"
              + " sentiment over the last recentDays before asOf is negative and at least minDrop"
              + " below before; sentiment/revenue correlation with a confidence interval; the"
              + " churn-risk ranking (top limit); monthly sentiment and the share of customers"
              + " who went from negative to positive.")
  @GetMapping("/sentiment-rfm")
  SentimentRfmReport sentimentRfm(
      @RequestParam(required = false) String referenceDate,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "30") int recentDays,
      @RequestParam(defaultValue = "0.2") double minDrop,
      @RequestParam(defaultValue = "0.95") double confidence,
      @RequestParam(defaultValue = "100") int limit) {
    SentimentQuery query =
        sentimentQuery(referenceDate, asOf, recentDays, minDrop, confidence, limit);
    return analytics.sentimentRfm(transactions.bundled(), query);
  }

  @Operation(
      summary = "Uploaded transactions joined with stored sentiment per customer",
      description = UPLOAD)
  @PostMapping(
      path = "/sentiment-rfm",
      consumes = {"text/csv", MediaType.MULTIPART_FORM_DATA_VALUE, "application/gzip"})
  SentimentRfmReport sentimentRfmUpload(
      HttpServletRequest request,
      @RequestParam(required = false) String referenceDate,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "30") int recentDays,
      @RequestParam(defaultValue = "0.2") double minDrop,
      @RequestParam(defaultValue = "0.95") double confidence,
      @RequestParam(defaultValue = "100") int limit,
      @Parameter(hidden = true) @RequestParam Map<String, String> params) {
    SentimentQuery query =
        sentimentQuery(referenceDate, asOf, recentDays, minDrop, confidence, limit);
    return analytics.sentimentRfm(upload(request, params, SENTIMENT_PARAMS), query);
  }

  private TransactionImport upload(
      HttpServletRequest request, Map<String, String> params, Set<String> analysisParams) {
    ImportOptions options = ImportParameters.parse(params, analysisParams);
    return transactions.upload(request, options);
  }

  private static RfmQuery rfmQuery(String referenceDate, boolean customers, String segment) {
    return new RfmQuery(
        RequestValues.date("referenceDate", referenceDate),
        customers,
        segment == null || segment.isBlank() ? null : segment.strip());
  }

  private static SentimentQuery sentimentQuery(
      String referenceDate,
      String asOf,
      int recentDays,
      double minDrop,
      double confidence,
      int limit) {
    ImportParameters.range("recentDays", recentDays, 1, 3650);
    ImportParameters.range("minDrop", minDrop, 0, 2);
    ImportParameters.range("confidence", confidence, 0.5, 0.999);
    ImportParameters.range("limit", limit, 1, 100_000);
    return new SentimentQuery(
        RequestValues.date("referenceDate", referenceDate),
        RequestValues.instant("asOf", asOf),
        recentDays,
        minDrop,
        confidence,
        limit);
  }
}
