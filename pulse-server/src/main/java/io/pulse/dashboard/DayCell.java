package io.pulse.dashboard;

import java.time.LocalDate;

/**
 * Interactions of one UTC day (and one slice value), as counted in SQL.
 *
 * @param day the UTC calendar day
 * @param value channel, product, topic or aspect; {@code null} when not sliced
 * @param count interactions
 * @param scoreSum sum of their current scores (aspects: of their aspect scores)
 * @param negatives interactions labelled negative (aspects: aspect score at or below -0.3)
 * @param bands interactions per alert band: green, yellow, orange, red
 */
record DayCell(
    LocalDate day, String value, long count, double scoreSum, long negatives, Bands bands) {

  /**
   * Counts per alert band (edges from {@code pulse.alerts.bands.*}).
   *
   * @param green score above the green edge
   * @param yellow between the yellow and the green edge
   * @param orange between the orange and the yellow edge
   * @param red below the orange edge
   */
  record Bands(long green, long yellow, long orange, long red) {
    static final Bands NONE = new Bands(0, 0, 0, 0);

    Bands plus(Bands other) {
      return new Bands(
          green + other.green, yellow + other.yellow, orange + other.orange, red + other.red);
    }
  }

  /** The same counts under another slice value (topics: one cell per tag). */
  DayCell withValue(String newValue) {
    return new DayCell(day, newValue, count, scoreSum, negatives, bands);
  }
}
