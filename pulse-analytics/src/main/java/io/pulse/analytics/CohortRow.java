package io.pulse.analytics;

import java.time.YearMonth;
import java.util.List;

/**
 * One acquisition cohort: the customers whose first purchase fell in {@code cohort}.
 *
 * @param cohort month of first purchase
 * @param customers cohort size
 * @param activeCustomers index k: customers of the cohort who bought in month cohort + k (index 0
 *     equals {@code customers})
 * @param revenue index k: revenue of the cohort in month cohort + k
 */
public record CohortRow(
    YearMonth cohort, int customers, List<Integer> activeCustomers, List<Double> revenue) {

  /** Copies the lists. */
  public CohortRow {
    activeCustomers = List.copyOf(activeCustomers);
    revenue = List.copyOf(revenue);
  }

  /** Share of the cohort active {@code offset} months after its first month (0..1). */
  public double retention(int offset) {
    return (double) activeCustomers.get(offset) / customers;
  }
}
