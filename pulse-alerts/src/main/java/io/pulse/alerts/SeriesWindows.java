package io.pulse.alerts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Per-series counts in time steps (e.g. hours), enough to answer "what does the rolling window look
 * like now" and "what is normal" cheaply. A new score touches one step per series; the window sums
 * a handful of steps; the baseline is recomputed at most once per window and series. Only series of
 * trend dimensions keep the baseline period; the others keep one window.
 */
final class SeriesWindows {

  private final AlertConfig.Trend trend;
  private final long stepMillis;
  private final int stepsPerWindow;
  private final int baselineWindows;
  private final Map<SeriesKey, Series> series = new HashMap<>();

  SeriesWindows(AlertConfig.Trend trend) {
    this.trend = trend;
    this.stepMillis = trend.step().toMillis();
    this.stepsPerWindow = trend.stepsPerWindow();
    this.baselineWindows = trend.baselineWindows();
  }

  /**
   * Adds ({@code weight} 1) or takes back ({@code weight} -1) one score; scores older than what the
   * series keeps are ignored both ways, so a score taken back is one that was added.
   */
  void record(SeriesKey key, Instant at, double score, boolean negative, Instant now, int weight) {
    long current = step(now);
    long step = step(at);
    long oldestKept = current - retainedSteps(key) + 1;
    if (step < oldestKept) {
      return;
    }
    Series s = series.computeIfAbsent(key, k -> new Series());
    s.buckets.computeIfAbsent(step, k -> new Bucket()).add(score, negative, weight);
    s.buckets.headMap(oldestKept, false).clear();
    if (step < baselineEnd(current)) {
      s.baselineWindow = Long.MIN_VALUE; // late data changed the past: recompute the baseline
    }
  }

  /** The rolling window that ends with the step containing {@code now}. */
  WindowStats current(SeriesKey key, Instant now) {
    long last = step(now);
    long first = last - stepsPerWindow + 1;
    Series s = series.get(key);
    Bucket sum = s == null ? new Bucket() : sum(s.buckets.subMap(first, true, last, true));
    return sum.stats(
        Instant.ofEpochMilli(first * stepMillis), Instant.ofEpochMilli((last + 1) * stepMillis));
  }

  /**
   * Baseline over the calendar-aligned windows that end before the current rolling window starts.
   * Aligning them means the baseline changes once per window, so it is cached per window.
   */
  Baseline baseline(SeriesKey key, Instant now) {
    Series s = series.get(key);
    if (s == null) {
      return Baseline.EMPTY;
    }
    long end = baselineEnd(step(now));
    if (s.baselineWindow != end) {
      s.baseline = computeBaseline(s, end);
      s.baselineWindow = end;
    }
    return s.baseline;
  }

  /** Forgets one series entirely (its customer's data was erased). */
  void forget(SeriesKey key) {
    series.remove(key);
  }

  /** Forgets series without a step in what they keep; run on a schedule. */
  void evictIdle(Instant now) {
    long current = step(now);
    series
        .entrySet()
        .removeIf(e ->
            e.getValue().buckets.isEmpty()
                || e.getValue().buckets.lastKey() < current - retainedSteps(e.getKey()) + 1);
  }

  int size() {
    return series.size();
  }

  private Baseline computeBaseline(Series s, long end) {
    double[] means = new double[baselineWindows];
    double[] shares = new double[baselineWindows];
    int n = 0;
    for (int i = 1; i <= baselineWindows; i++) {
      long first = end - (long) i * stepsPerWindow;
      Bucket b = sum(s.buckets.subMap(first, true, first + stepsPerWindow, false));
      if (b.count > 0) {
        means[n] = b.sum / b.count;
        shares[n] = (double) b.negatives / b.count;
        n++;
      }
    }
    if (n < 2) {
      return new Baseline(n, 0, 0, 0, 0);
    }
    return new Baseline(n, mean(means, n), std(means, n), mean(shares, n), std(shares, n));
  }

  /** First step after the baseline: the start of the aligned window holding the window's start. */
  private long baselineEnd(long currentStep) {
    long windowStart = currentStep - stepsPerWindow + 1;
    return Math.floorDiv(windowStart, stepsPerWindow) * stepsPerWindow;
  }

  private int retainedSteps(SeriesKey key) {
    boolean trended = trend.dimensions().contains(key.dimension());
    return stepsPerWindow * (trended ? baselineWindows + 2 : 1);
  }

  private long step(Instant at) {
    return Math.floorDiv(at.toEpochMilli(), stepMillis);
  }

  private static Bucket sum(NavigableMap<Long, Bucket> buckets) {
    Bucket total = new Bucket();
    buckets.values().forEach(total::addAll);
    return total;
  }

  private static double mean(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    return sum / n;
  }

  /** Sample standard deviation (n - 1). */
  private static double std(double[] values, int n) {
    double mean = mean(values, n);
    double squares = 0;
    for (int i = 0; i < n; i++) {
      squares += (values[i] - mean) * (values[i] - mean);
    }
    return Math.sqrt(squares / (n - 1));
  }

  private static final class Series {
    final TreeMap<Long, Bucket> buckets = new TreeMap<>();
    long baselineWindow = Long.MIN_VALUE;
    Baseline baseline = Baseline.EMPTY;
  }

  private static final class Bucket {
    int count;
    double sum;
    int negatives;

    void add(double score, boolean negative, int weight) {
      count += weight;
      sum += weight * score;
      negatives += negative ? weight : 0;
    }

    void addAll(Bucket other) {
      count += other.count;
      sum += other.sum;
      negatives += other.negatives;
    }

    WindowStats stats(Instant start, Instant end) {
      return new WindowStats(count, count == 0 ? 0.0 : sum / count, negatives, start, end);
    }
  }
}
