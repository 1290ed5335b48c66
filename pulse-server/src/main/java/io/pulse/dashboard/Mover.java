package io.pulse.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product, topic or aspect whose recent sentiment differs from its baseline.
 *
 * @param dimension {@code product}, {@code topic} or {@code aspect}
 * @param value the product, topic or aspect
 * @param recentCount interactions in the recent window
 * @param recentMean their mean score
 * @param baselineCount interactions in the baseline window before it
 * @param baselineMean their mean score
 * @param change recentMean - baselineMean (negative: worse)
 */
record Mover(
    String dimension,
    String value,
    long recentCount,
    double recentMean,
    long baselineCount,
    double baselineMean,
    double change) {

  /** Recent window of the movers. */
  static final int RECENT_DAYS = 7;

  /** Baseline window, just before the recent one. */
  static final int BASELINE_DAYS = 28;

  static final int MIN_RECENT = 3;
  static final int MIN_BASELINE = 10;

  /**
   * The values of one slice whose recent mean dropped below their baseline, largest drop first.
   * {@code cells} must cover {@code [to - RECENT_DAYS - BASELINE_DAYS, to)}; values with fewer than
   * {@link #MIN_RECENT} recent or {@link #MIN_BASELINE} baseline interactions are left out.
   */
  static List<Mover> drops(Slice slice, List<DayCell> cells, LocalDate to) {
    LocalDate recentFrom = to.minusDays(RECENT_DAYS);
    Map<String, Totals> recent = new HashMap<>();
    Map<String, Totals> baseline = new HashMap<>();
    for (DayCell cell : cells) {
      if (cell.value() == null) {
        continue;
      }
      (cell.day().isBefore(recentFrom) ? baseline : recent)
          .computeIfAbsent(cell.value(), v -> new Totals())
          .add(cell);
    }
    List<Mover> movers = new ArrayList<>();
    recent.forEach((value, r) -> {
      Totals b = baseline.get(value);
      if (b != null && r.count >= MIN_RECENT && b.count >= MIN_BASELINE && r.mean() < b.mean()) {
        movers.add(
            new Mover(
                slice.wireName(),
                value,
                r.count,
                r.mean(),
                b.count,
                b.mean(),
                r.mean() - b.mean()));
      }
    });
    movers.sort(Comparator.comparingDouble(Mover::change).thenComparing(Mover::value));
    return movers;
  }
}
