package io.pulse.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a configuration would have produced on a history: to tune bands and thresholds before
 * switching alerts on.
 *
 * @param firstDay first day of the history
 * @param lastDay last day of the history
 * @param days one entry per calendar day from first to last, quiet days included
 * @param totalByLevel alerts per level over the whole history
 * @param totalByKind alerts per kind over the whole history
 * @param surveyRequests {@code survey.requested} events over the whole history
 */
public record CalibrationReport(
    LocalDate firstDay,
    LocalDate lastDay,
    List<DailyAlertCount> days,
    Map<Band, Integer> totalByLevel,
    Map<AlertKind, Integer> totalByKind,
    int surveyRequests) {

  /** Average alerts per day of one level. */
  public double perDay(Band level) {
    return days.isEmpty() ? 0.0 : (double) totalByLevel.get(level) / days.size();
  }

  /** Average alerts per day of one kind. */
  public double perDay(AlertKind kind) {
    return days.isEmpty() ? 0.0 : (double) totalByKind.get(kind) / days.size();
  }
}
