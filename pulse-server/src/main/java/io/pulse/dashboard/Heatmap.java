package io.pulse.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean sentiment per value (rows) and week (columns).
 *
 * @param dimension {@code channel}, {@code product}, {@code topic} or {@code aspect}
 * @param weeks the Mondays of the weeks shown, oldest first
 * @param values the values shown, most interactions first
 * @param cells one per value and week with interactions
 */
record Heatmap(String dimension, List<LocalDate> weeks, List<String> values, List<Cell> cells) {

  /**
   * One value in one week.
   *
   * @param week index into {@code weeks}
   * @param value index into {@code values}
   * @param count interactions
   * @param meanScore their mean score
   */
  record Cell(int week, int value, long count, double meanScore) {}

  /** The Monday of the week of {@code day}. */
  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Rolls day cells up into weeks starting with {@code firstMonday}; keeps the top values. */
  static Heatmap of(
      Slice slice, LocalDate firstMonday, int weekCount, List<DayCell> cells, int top) {
    Map<String, Long> volume = new HashMap<>();
    Map<String, Map<LocalDate, Totals>> grid = new HashMap<>();
    for (DayCell cell : cells) {
      if (cell.value() == null) {
        continue;
      }
      volume.merge(cell.value(), cell.count(), Long::sum);
      grid.computeIfAbsent(cell.value(), v -> new HashMap<>())
          .computeIfAbsent(weekOf(cell.day()), w -> new Totals())
          .add(cell);
    }
    List<String> values =
        volume.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(top)
            .map(Map.Entry::getKey)
            .toList();
    Map<LocalDate, Integer> weekIndex = new LinkedHashMap<>();
    for (int w = 0; w < weekCount; w++) {
      weekIndex.put(firstMonday.plusWeeks(w), w);
    }
    List<Cell> out = new ArrayList<>();
    for (int v = 0; v < values.size(); v++) {
      for (Map.Entry<LocalDate, Totals> e : grid.get(values.get(v)).entrySet()) {
        Integer w = weekIndex.get(e.getKey());
        if (w != null) {
          out.add(new Cell(w, v, e.getValue().count, e.getValue().mean()));
        }
      }
    }
    out.sort(Comparator.comparingInt(Cell::value).thenComparingInt(Cell::week));
    return new Heatmap(slice.wireName(), List.copyOf(weekIndex.keySet()), values, out);
  }
}
