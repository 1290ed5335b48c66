package io.pulse.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Joins RFM customers with their sentiment (by customer key). */
final class SentimentJoins {

  static final double WEIGHT_RECENCY = 0.35;
  static final double WEIGHT_DECLINE = 0.25;
  static final double WEIGHT_NEGATIVITY = 0.25;
  static final double WEIGHT_DROP = 0.15;

  private SentimentJoins() {}

  static List<SentimentTrend> valuableTurningNegative(
      List<CustomerRfm> customers, List<SentimentObservation> observations, TrendOptions options) {
    Map<String, SentimentWindows.Window> windows = SentimentWindows.split(observations, options);
    Set<String> valuable = new HashSet<>(options.valuableSegments());
    List<SentimentTrend> turning = new ArrayList<>();
    for (CustomerRfm customer : customers) {
      SentimentWindows.Window window = windows.get(customer.customerId());
      if (!valuable.contains(customer.segment()) || window == null || !window.hasBoth()) {
        continue;
      }
      double change = window.recentMean() - window.earlierMean();
      if (window.recentMean() < 0 && change <= -options.minDrop()) {
        turning.add(
            new SentimentTrend(
                customer.customerId(),
                customer.segment(),
                customer.monetary(),
                window.earlierCount,
                window.earlierMean(),
                window.recentCount,
                window.recentMean(),
                change,
                window.slopePerDay()));
      }
    }
    turning.sort(
        Comparator.comparingDouble(SentimentTrend::change)
            .thenComparing(Comparator.comparingDouble(SentimentTrend::monetary).reversed())
            .thenComparing(SentimentTrend::customerKey));
    return turning;
  }

  static Correlation sentimentRevenue(
      List<CustomerRfm> customers, List<SentimentObservation> observations, double confidence) {
    Map<String, double[]> sums = new HashMap<>();
    for (SentimentObservation observation : observations) {
      double[] sum = sums.computeIfAbsent(observation.customerKey(), key -> new double[2]);
      sum[0] += observation.score();
      sum[1]++;
    }
    List<double[]> pairs = new ArrayList<>();
    for (CustomerRfm customer : customers) {
      double[] sum = sums.get(customer.customerId());
      if (sum != null) {
        pairs.add(new double[] {sum[0] / sum[1], customer.monetary()});
      }
    }
    double[] sentiment = new double[pairs.size()];
    double[] revenue = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      sentiment[i] = pairs.get(i)[0];
      revenue[i] = pairs.get(i)[1];
    }
    return Correlations.of(sentiment, revenue, confidence);
  }

  static List<ChurnRisk> churnRisk(
      List<CustomerRfm> current,
      List<CustomerRfm> previous,
      List<SentimentObservation> observations,
      TrendOptions options) {
    Map<String, CustomerRfm> before = new HashMap<>();
    for (CustomerRfm customer : previous) {
      before.put(customer.customerId(), customer);
    }
    Map<String, SentimentWindows.Window> windows = SentimentWindows.split(observations, options);
    List<ChurnRisk> risks = new ArrayList<>(current.size());
    for (CustomerRfm customer : current) {
      double recencyRisk = (5.0 - customer.recencyScore()) / 4.0;
      CustomerRfm earlier = before.get(customer.customerId());
      double decline =
          earlier == null
              ? 0
              : clamp(
                  (earlier.recencyScore()
                          - customer.recencyScore()
                          + earlier.frequencyScore()
                          - customer.frequencyScore())
                      / 8.0);
      SentimentWindows.Window window = windows.get(customer.customerId());
      double negativity =
          window == null || window.recentCount == 0 ? 0 : clamp(-window.recentMean());
      double drop =
          window == null || !window.hasBoth()
              ? 0
              : clamp((window.earlierMean() - window.recentMean()) / 2.0);
      double risk =
          WEIGHT_RECENCY * recencyRisk
              + WEIGHT_DECLINE * decline
              + WEIGHT_NEGATIVITY * negativity
              + WEIGHT_DROP * drop;
      risks.add(
          new ChurnRisk(
              customer.customerId(),
              customer.segment(),
              customer.monetary(),
              risk,
              recencyRisk,
              decline,
              negativity,
              drop));
    }
    risks.sort(
        Comparator.comparingDouble(ChurnRisk::risk)
            .reversed()
            .thenComparing(Comparator.comparingDouble(ChurnRisk::monetary).reversed())
            .thenComparing(ChurnRisk::customerKey));
    return risks;
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
