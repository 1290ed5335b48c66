package io.pulse.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-customer sentiment split into an earlier and a recent window. */
final class SentimentWindows {

  /** Sums of one customer. */
  static final class Window {
    int earlierCount;
    double earlierSum;
    int recentCount;
    double recentSum;
    final List<SentimentObservation> all = new ArrayList<>();

    double earlierMean() {
      return earlierCount == 0 ? 0 : earlierSum / earlierCount;
    }

    double recentMean() {
      return recentCount == 0 ? 0 : recentSum / recentCount;
    }

    boolean hasBoth() {
      return earlierCount > 0 && recentCount > 0;
    }

    /** Least-squares slope of score over time, per day; 0 with fewer than two instants. */
    double slopePerDay() {
      int n = all.size();
      if (n < 2) {
        return 0;
      }
      long origin = all.getFirst().at().getEpochSecond();
      double meanX = 0;
      double meanY = 0;
      for (SentimentObservation observation : all) {
        meanX += days(observation, origin);
        meanY += observation.score();
      }
      meanX /= n;
      meanY /= n;
      double covariance = 0;
      double variance = 0;
      for (SentimentObservation observation : all) {
        double dx = days(observation, origin) - meanX;
        covariance += dx * (observation.score() - meanY);
        variance += dx * dx;
      }
      return variance == 0 ? 0 : covariance / variance;
    }

    private static double days(SentimentObservation observation, long origin) {
      return (observation.at().getEpochSecond() - origin) / 86_400.0;
    }
  }

  private SentimentWindows() {}

  static Map<String, Window> split(List<SentimentObservation> observations, TrendOptions options) {
    Instant asOf = options.asOf();
    if (asOf == null) {
      asOf =
          observations.stream().map(SentimentObservation::at).max(Instant::compareTo).orElse(null);
    }
    Map<String, Window> byCustomer = new HashMap<>();
    if (asOf == null) {
      return byCustomer;
    }
    Instant recentFrom = asOf.minus(options.recentWindow());
    for (SentimentObservation observation : observations) {
      if (observation.at().isAfter(asOf)) {
        continue;
      }
      Window window = byCustomer.computeIfAbsent(observation.customerKey(), key -> new Window());
      if (observation.at().isAfter(recentFrom)) {
        window.recentCount++;
        window.recentSum += observation.score();
      } else {
        window.earlierCount++;
        window.earlierSum += observation.score();
      }
      window.all.add(observation);
    }
    for (Window window : byCustomer.values()) {
      window.all.sort((a, b) -> a.at().compareTo(b.at()));
    }
    return byCustomer;
  }
}
