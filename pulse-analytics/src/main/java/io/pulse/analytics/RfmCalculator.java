package io.pulse.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes RFM values, quintile scores and segments in one pass over the transactions. */
final class RfmCalculator {

  private RfmCalculator() {}

  /** Per-customer running totals. */
  private static final class Totals {
    long lastDay = Long.MIN_VALUE;
    double monetary;
    String lastInvoice;
    final Set<String> invoices = new HashSet<>();

    void add(Transaction transaction, long day) {
      lastDay = Math.max(lastDay, day);
      monetary += transaction.revenue();
      // Invoice lines come together, so most lines skip the set.
      if (!transaction.invoice().equals(lastInvoice)) {
        lastInvoice = transaction.invoice();
        invoices.add(lastInvoice);
      }
    }
  }

  static RfmResult compute(List<Transaction> transactions, RfmOptions options) {
    LocalDate reference =
        options.referenceDate() != null ? options.referenceDate() : dayAfterLast(transactions);
    long referenceDay = reference.toEpochDay();
    Map<String, Totals> byCustomer = new TreeMap<>();
    Map<String, Totals> lookup = new HashMap<>();
    for (Transaction transaction : transactions) {
      long day = transaction.invoiceDate().toLocalDate().toEpochDay();
      if (day >= referenceDay) {
        continue;
      }
      Totals totals = lookup.get(transaction.customerId());
      if (totals == null) {
        totals = new Totals();
        lookup.put(transaction.customerId(), totals);
        byCustomer.put(transaction.customerId(), totals);
      }
      totals.add(transaction, day);
    }
    return score(reference, byCustomer, options.rules());
  }

  private static RfmResult score(
      LocalDate reference, Map<String, Totals> byCustomer, SegmentRules rules) {
    int n = byCustomer.size();
    double[] recency = new double[n];
    double[] frequency = new double[n];
    double[] monetary = new double[n];
    int i = 0;
    for (Totals totals : byCustomer.values()) {
      recency[i] = reference.toEpochDay() - totals.lastDay;
      frequency[i] = totals.invoices.size();
      monetary[i] = totals.monetary;
      i++;
    }
    int[] recencyScores = QuantileScores.ascending(recency);
    int[] frequencyScores = QuantileScores.ascending(frequency);
    int[] monetaryScores = QuantileScores.ascending(monetary);
    String[][] segmentOf = segmentTable(rules);
    List<CustomerRfm> customers = new ArrayList<>(n);
    i = 0;
    for (Map.Entry<String, Totals> entry : byCustomer.entrySet()) {
      int r = QuantileScores.BINS + 1 - recencyScores[i];
      int f = frequencyScores[i];
      customers.add(
          new CustomerRfm(
              entry.getKey(),
              LocalDate.ofEpochDay(entry.getValue().lastDay),
              (int) recency[i],
              (int) frequency[i],
              monetary[i],
              r,
              f,
              monetaryScores[i],
              segmentOf[r][f]));
      i++;
    }
    return new RfmResult(reference, customers, SegmentTable.summarise(customers));
  }

  /** The 25 R x F pairs resolved once, so that the regexes do not run per customer. */
  private static String[][] segmentTable(SegmentRules rules) {
    String[][] table = new String[QuantileScores.BINS + 1][QuantileScores.BINS + 1];
    for (int r = 1; r <= QuantileScores.BINS; r++) {
      for (int f = 1; f <= QuantileScores.BINS; f++) {
        table[r][f] = rules.segmentOf(r, f);
      }
    }
    return table;
  }

  private static LocalDate dayAfterLast(List<Transaction> transactions) {
    if (transactions.isEmpty()) {
      throw new IllegalArgumentException("no transactions: nothing to score");
    }
    LocalDate last = LocalDate.MIN;
    for (Transaction transaction : transactions) {
      LocalDate day = transaction.invoiceDate().toLocalDate();
      if (day.isAfter(last)) {
        last = day;
      }
    }
    return last.plusDays(1);
  }
}
