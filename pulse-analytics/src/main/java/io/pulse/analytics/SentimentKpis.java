package io.pulse.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** CRM KPIs computed from sentiment observations and alert records. */
final class SentimentKpis {

  private SentimentKpis() {}

  static List<PeriodSentiment> byPeriod(
      List<SentimentObservation> observations, Granularity granularity, ZoneId zone) {
    TreeMap<LocalDate, double[]> sums = new TreeMap<>();
    for (SentimentObservation observation : observations) {
      LocalDate period = granularity.periodStart(observation.at().atZone(zone).toLocalDate());
      double[] sum = sums.computeIfAbsent(period, key -> new double[2]);
      sum[0] += observation.score();
      sum[1]++;
    }
    List<PeriodSentiment> periods = new ArrayList<>(sums.size());
    Double previous = null;
    for (Map.Entry<LocalDate, double[]> entry : sums.entrySet()) {
      double mean = entry.getValue()[0] / entry.getValue()[1];
      periods.add(
          new PeriodSentiment(
              entry.getKey(),
              (int) entry.getValue()[1],
              mean,
              previous == null ? null : mean - previous));
      previous = mean;
    }
    return periods;
  }

  static ResponseTimes responseTimes(List<AlertRecord> alerts) {
    double[] millis =
        alerts.stream()
            .filter(alert -> alert.acknowledged() != null)
            .mapToDouble(
                alert -> Duration.between(alert.created(), alert.acknowledged()).toMillis())
            .sorted()
            .toArray();
    if (millis.length == 0) {
      return new ResponseTimes(alerts.size(), 0, null, null);
    }
    return new ResponseTimes(
        alerts.size(),
        millis.length,
        Duration.ofMillis(Math.round(percentile(millis, 0.5))),
        Duration.ofMillis(Math.round(percentile(millis, 0.9))));
  }

  /** Linear interpolation between closest ranks (numpy "linear", R type 7) on sorted values. */
  static double percentile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  static SentimentShift negativeToPositive(
      List<SentimentObservation> observations, Granularity granularity, ZoneId zone) {
    Map<String, TreeMap<LocalDate, double[]>> byCustomer = new HashMap<>();
    for (SentimentObservation observation : observations) {
      LocalDate period = granularity.periodStart(observation.at().atZone(zone).toLocalDate());
      double[] sum =
          byCustomer
              .computeIfAbsent(observation.customerKey(), key -> new TreeMap<>())
              .computeIfAbsent(period, key -> new double[2]);
      sum[0] += observation.score();
      sum[1]++;
    }
    int customers = 0;
    int startedNegative = 0;
    int endedPositive = 0;
    for (TreeMap<LocalDate, double[]> periods : byCustomer.values()) {
      if (periods.size() < 2) {
        continue;
      }
      customers++;
      double[] first = periods.firstEntry().getValue();
      double[] last = periods.lastEntry().getValue();
      if (first[0] / first[1] < 0) {
        startedNegative++;
        if (last[0] / last[1] > 0) {
          endedPositive++;
        }
      }
    }
    double share = startedNegative == 0 ? 0 : (double) endedPositive / startedNegative;
    return new SentimentShift(customers, startedNegative, endedPositive, share);
  }
}
