package io.pulse.analytics;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups customers by month of first purchase and counts, per month offset, the active customers
 * and the revenue. Months are numbered year * 12 + month so that offsets are plain subtractions.
 */
final class CohortCalculator {

  private CohortCalculator() {}

  /** Months a customer bought in, and the first of them. */
  private static final class Activity {
    int firstMonth = Integer.MAX_VALUE;
    final BitSet months = new BitSet();
  }

  static CohortResult compute(List<Transaction> transactions) {
    if (transactions.isEmpty()) {
      return new CohortResult(List.of());
    }
    int firstMonth = Integer.MAX_VALUE;
    int lastMonth = Integer.MIN_VALUE;
    Map<String, Activity> byCustomer = new HashMap<>();
    for (Transaction transaction : transactions) {
      int month = monthIndex(transaction.invoiceDate());
      firstMonth = Math.min(firstMonth, month);
      lastMonth = Math.max(lastMonth, month);
      Activity activity =
          byCustomer.computeIfAbsent(transaction.customerId(), id -> new Activity());
      activity.firstMonth = Math.min(activity.firstMonth, month);
    }
    int months = lastMonth - firstMonth + 1;
    int[][] active = new int[months][];
    double[][] revenue = new double[months][];
    for (int cohort = 0; cohort < months; cohort++) {
      active[cohort] = new int[months - cohort];
      revenue[cohort] = new double[months - cohort];
    }
    int[] sizes = new int[months];
    for (Transaction transaction : transactions) {
      Activity activity = byCustomer.get(transaction.customerId());
      int month = monthIndex(transaction.invoiceDate());
      revenue[activity.firstMonth - firstMonth][month - activity.firstMonth] +=
          transaction.revenue();
      activity.months.set(month - firstMonth);
    }
    for (Activity activity : byCustomer.values()) {
      int cohort = activity.firstMonth - firstMonth;
      sizes[cohort]++;
      for (int m = activity.months.nextSetBit(0); m >= 0; m = activity.months.nextSetBit(m + 1)) {
        active[cohort][m - cohort]++;
      }
    }
    List<CohortRow> rows = new ArrayList<>();
    for (int cohort = 0; cohort < months; cohort++) {
      if (sizes[cohort] > 0) {
        rows.add(
            new CohortRow(
                monthOf(firstMonth + cohort),
                sizes[cohort],
                boxed(active[cohort]),
                boxed(revenue[cohort])));
      }
    }
    return new CohortResult(rows);
  }

  private static int monthIndex(LocalDateTime date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private static YearMonth monthOf(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  private static List<Integer> boxed(int[] values) {
    List<Integer> list = new ArrayList<>(values.length);
    for (int value : values) {
      list.add(value);
    }
    return list;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double value : values) {
      list.add(value);
    }
    return list;
  }
}
