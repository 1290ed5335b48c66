package io.pulse.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the per-segment table (count, share, mean/std/min/max of R, F and M). */
final class SegmentTable {

  private SegmentTable() {}

  static List<SegmentSummary> summarise(List<CustomerRfm> customers) {
    Map<String, List<CustomerRfm>> bySegment = new TreeMap<>();
    for (CustomerRfm customer : customers) {
      bySegment.computeIfAbsent(customer.segment(), segment -> new ArrayList<>()).add(customer);
    }
    List<SegmentSummary> summaries = new ArrayList<>(bySegment.size());
    bySegment.forEach((segment, members) -> {
      int n = members.size();
      double[] recency = new double[n];
      double[] frequency = new double[n];
      double[] monetary = new double[n];
      for (int i = 0; i < n; i++) {
        recency[i] = members.get(i).recency();
        frequency[i] = members.get(i).frequency();
        monetary[i] = members.get(i).monetary();
      }
      summaries.add(
          new SegmentSummary(
              segment,
              n,
              (double) n / customers.size(),
              Stats.of(recency),
              Stats.of(frequency),
              Stats.of(monetary)));
    });
    return summaries;
  }
}
