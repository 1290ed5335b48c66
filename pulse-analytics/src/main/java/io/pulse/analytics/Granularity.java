package io.pulse.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Length of a KPI period. */
public enum Granularity {
  /** ISO weeks, starting on Monday. */
  WEEK,
  /** Calendar months. */
  MONTH;

  /** First day of the period that contains {@code day}. */
  public LocalDate periodStart(LocalDate day) {
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }
}
