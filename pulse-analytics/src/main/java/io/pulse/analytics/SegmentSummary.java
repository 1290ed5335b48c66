package io.pulse.analytics;

/**
 * One row of the per-segment table.
 *
 * @param segment segment name
 * @param customers customers in the segment
 * @param share customers / all customers
 * @param recency recency in days
 * @param frequency distinct invoices
 * @param monetary spend (quantity x unit price)
 */
public record SegmentSummary(
    String segment, int customers, double share, Stats recency, Stats frequency, Stats monetary) {}
