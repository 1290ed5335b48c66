package io.pulse.analytics.api;

import io.pulse.analytics.CohortResult;
import io.pulse.analytics.CohortRow;
import io.pulse.analytics.ImportReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly cohort retention and revenue of a transaction file.
 *
 * @param transactions what the import read and dropped
 * @param cohorts one row per month of first purchase, oldest first
 */
record CohortReport(ImportReport transactions, List<Cohort> cohorts) {

  /**
   * One cohort; index k of each list is month offset k.
   *
   * @param cohort month of first purchase
   * @param customers cohort size
   * @param activeCustomers customers of the cohort who bought in month cohort + k
   * @param retention activeCustomers / customers (0..1)
   * @param revenue revenue of the cohort in month cohort + k
   */
  record Cohort(
      YearMonth cohort,
      int customers,
      List<Integer> activeCustomers,
      List<Double> retention,
      List<Double> revenue) {}

  static CohortReport of(ImportReport transactions, CohortResult result) {
    List<Cohort> cohorts = new ArrayList<>(result.rows().size());
    for (CohortRow row : result.rows()) {
      List<Double> retention = new ArrayList<>(row.activeCustomers().size());
      for (int offset = 0; offset < row.activeCustomers().size(); offset++) {
        retention.add(row.retention(offset));
      }
      cohorts.add(
          new Cohort(
              row.cohort(), row.customers(), row.activeCustomers(), retention, row.revenue()));
    }
    return new CohortReport(transactions, cohorts);
  }
}
