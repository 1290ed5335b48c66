package io.pulse.dashboard;

/** Running totals of {@link DayCell}s; {@link #mean()} is 0 when empty. */
final class Totals {
  long count;
  double scoreSum;
  long negatives;
  DayCell.Bands bands = DayCell.Bands.NONE;

  Totals add(DayCell cell) {
    count += cell.count();
    scoreSum += cell.scoreSum();
    negatives += cell.negatives();
    bands = bands.plus(cell.bands());
    return this;
  }

  double mean() {
    return count == 0 ? 0 : scoreSum / count;
  }

  double shareNegative() {
    return count == 0 ? 0 : (double) negatives / count;
  }
}
