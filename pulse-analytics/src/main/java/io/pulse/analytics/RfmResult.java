package io.pulse.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * Result of an RFM run.
 *
 * @param referenceDate the date recency was counted to
 * @param customers one entry per customer, ordered by customer key
 * @param segments per-segment table, ordered by segment name
 */
public record RfmResult(
    LocalDate referenceDate, List<CustomerRfm> customers, List<SegmentSummary> segments) {

  /** Copies the lists. */
  public RfmResult {
    customers = List.copyOf(customers);
    segments = List.copyOf(segments);
  }
}
