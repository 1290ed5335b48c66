package io.pulse.analytics;

import java.time.LocalDate;

/**
 * RFM values, scores and segment of one customer.
 *
 * @param customerId customer key
 * @param lastPurchase date of the last purchase before the reference date
 * @param recency days from the last purchase to the reference date (&gt;= 1)
 * @param frequency distinct invoices
 * @param monetary sum of quantity x unit price
 * @param recencyScore 1..5, 5 = most recent
 * @param frequencyScore 1..5, 5 = most invoices
 * @param monetaryScore 1..5, 5 = highest spend
 * @param segment segment from the R x F map
 */
public record CustomerRfm(
    String customerId,
    LocalDate lastPurchase,
    int recency,
    int frequency,
    double monetary,
    int recencyScore,
    int frequencyScore,
    int monetaryScore,
    String segment) {

  /** The three scores as digits, e.g. {@code "545"}. */
  public String rfmScore() {
    return "" + recencyScore + frequencyScore + monetaryScore;
  }
}
