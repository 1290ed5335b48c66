package io.pulse.analytics;

import java.util.List;

/**
 * Monthly cohort retention: one row per month of first purchase, oldest first. Row i covers month
 * offsets 0..(months - 1 - i), so the matrix is a triangle.
 *
 * @param rows cohorts, oldest first
 */
public record CohortResult(List<CohortRow> rows) {

  /** Copies the rows. */
  public CohortResult {
    rows = List.copyOf(rows);
  }

  /** Number of month offsets of the oldest cohort (the matrix width). */
  public int maxOffsets() {
    return rows.isEmpty() ? 0 : rows.getFirst().activeCustomers().size();
  }
}
