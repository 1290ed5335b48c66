package io.pulse.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily sentiment of one slice value with the baseline band it is judged against, and sample
 * messages.
 *
 * @param dimension {@code channel}, {@code product}, {@code topic} or {@code aspect}
 * @param value the channel, product, topic or aspect
 * @param from first day shown
 * @param to day after the last day shown
 * @param interactions interactions in the period
 * @param meanScore their mean score
 * @param shareNegative share labelled negative
 * @param days one point per day of the period (also days without interactions)
 * @param recent the newest messages
 * @param mostNegative the most negative messages of the last {@link #SAMPLE_DAYS} days
 */
record Trend(
    String dimension,
    String value,
    LocalDate from,
    LocalDate to,
    long interactions,
    double meanScore,
    double shareNegative,
    List<Point> days,
    List<Sample> recent,
    List<Sample> mostNegative) {

  /** Days before each day that form its baseline. */
  static final int BASELINE_DAYS = 28;

  /** Days with interactions needed before a baseline is shown. */
  static final int MIN_BASELINE_DAYS = 5;

  /** Window of the most negative samples. */
  static final int SAMPLE_DAYS = 30;

  /**
   * One day.
   *
   * @param day the UTC day
   * @param count interactions
   * @param meanScore their mean score, null without interactions
   * @param baseline mean score of the previous {@link #BASELINE_DAYS} days, null when fewer than
   *     {@link #MIN_BASELINE_DAYS} of them had interactions
   * @param low baseline minus two standard deviations of its daily means, clamped to -1
   * @param high baseline plus two standard deviations of its daily means, clamped to 1
   */
  record Point(
      LocalDate day, long count, Double meanScore, Double baseline, Double low, Double high) {}

  /**
   * Daily points of {@code [from, to)}; {@code cells} must start {@link #BASELINE_DAYS} before
   * {@code from} so the first days have a baseline.
   */
  static List<Point> points(LocalDate from, LocalDate to, List<DayCell> cells, Totals period) {
    Map<LocalDate, Totals> byDay = new TreeMap<>();
    for (DayCell cell : cells) {
      byDay.computeIfAbsent(cell.day(), d -> new Totals()).add(cell);
      if (!cell.day().isBefore(from)) {
        period.add(cell);
      }
    }
    List<Point> points = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      Totals today = byDay.get(day);
      Totals base = new Totals();
      List<Double> means = new ArrayList<>();
      for (LocalDate d = day.minusDays(BASELINE_DAYS); d.isBefore(day); d = d.plusDays(1)) {
        Totals t = byDay.get(d);
        if (t != null) {
          base.count += t.count;
          base.scoreSum += t.scoreSum;
          means.add(t.mean());
        }
      }
      Double baseline = null;
      Double low = null;
      Double high = null;
      if (means.size() >= MIN_BASELINE_DAYS) {
        baseline = base.mean();
        double sd = standardDeviation(means);
        low = Math.max(-1, baseline - 2 * sd);
        high = Math.min(1, baseline + 2 * sd);
      }
      points.add(
          new Point(
              day,
              today == null ? 0 : today.count,
              today == null ? null : today.mean(),
              baseline,
              low,
              high));
    }
    return points;
  }

  private static double standardDeviation(List<Double> values) {
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / Math.max(1, values.size() - 1));
  }
}
