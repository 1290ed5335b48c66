package io.pulse.alerts.api;

import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.AlertKind;
import io.pulse.alerts.Band;
import io.pulse.alerts.CalibrationReport;
import io.pulse.alerts.InteractionScore;
import io.pulse.server.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Replays stored history through a fresh in-memory engine with the configured settings, or with
 * some replaced for this run, and says how many alerts of each level and kind it would have raised
 * per day. Nothing is stored or sent.
 */
@Component
class AlertCalibration {

  /** History replayed when no {@code from} is given: this long before {@code to}. */
  static final Duration DEFAULT_SPAN = Duration.ofDays(28);

  private final AlertSettings settings;
  private final ScoreHistory history;

  AlertCalibration(AlertSettings settings, ScoreHistory history) {
    this.settings = settings;
    this.history = history;
  }

  /**
   * Runs a replay.
   *
   * @param from start of the history, or null for {@code to - 28 days}
   * @param to end of the history (exclusive), or null for just after the latest stored interaction
   * @param zone zone of the calendar days, or null for {@code pulse.alerts.zone}
   * @param overrides {@code alerts.*} settings that replace the configured ones for this run
   * @throws ApiProblem naming the parameter or setting that is invalid, or when the history is
   *     larger than {@code pulse.alerts.calibration.max-rows}
   */
  CalibrationView run(Instant from, Instant to, ZoneId zone, Map<String, String> overrides) {
    AlertConfig config;
    try {
      config = settings.config().withOverrides(overrides);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidRequest(e.getMessage());
    }
    Instant end = to;
    if (end == null) {
      Instant latest = history.latest();
      end = latest == null ? Instant.now() : latest.plusMillis(1);
    }
    Instant start = from == null ? end.minus(DEFAULT_SPAN) : from;
    if (!start.isBefore(end)) {
      throw ApiProblem.invalidField(
          "from", start.toString(), "from must be before to (" + end + ")");
    }
    long rows = history.count(start, end);
    if (rows > settings.calibration().maxRows()) {
      throw ApiProblem.invalidField(
              "from",
              start.toString(),
              "the history from "
                  + start
                  + " to "
                  + end
                  + " holds "
                  + rows
                  + " interactions, more than pulse.alerts.calibration.max-rows ("
                  + settings.calibration().maxRows()
                  + "); narrow from/to")
          .with("interactions", rows);
    }
    List<InteractionScore> scores = new ArrayList<>((int) rows);
    history.forEach(start, end, scores::add);
    ZoneId days = zone == null ? settings.zone() : zone;
    CalibrationReport report = AlertEngine.calibrate(config, scores, days);
    Map<Band, Double> perDay = new EnumMap<>(Band.class);
    for (Band band : Band.values()) {
      perDay.put(band, report.perDay(band));
    }
    Map<AlertKind, Double> perDayByKind = new EnumMap<>(AlertKind.class);
    for (AlertKind kind : AlertKind.values()) {
      perDayByKind.put(kind, report.perDay(kind));
    }
    return new CalibrationView(
        start, end, days.getId(), scores.size(), echo(config), perDay, perDayByKind, report);
  }

  /** The settings that decide the counts, under the keys a request overrides them with. */
  private static Map<String, Object> echo(AlertConfig config) {
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("bands.green.lower", config.bands().greenLower());
    echo.put("bands.yellow.lower", config.bands().yellowLower());
    echo.put("bands.orange.lower", config.bands().orangeLower());
    echo.put("escalation.success.above", config.escalation().successAbove());
    echo.put("trend.window", config.trend().window().toString());
    echo.put("trend.baseline", config.trend().baseline().toString());
    echo.put("trend.z-threshold", config.trend().zThreshold());
    echo.put("trend.negative-count", config.trend().negativeCount());
    echo.put("trend.min-count", config.trend().minCount());
    echo.put("trend.aggregate-min-count", config.trend().aggregateMinCount());
    echo.put("cooldown", config.cooldown().toString());
    return echo;
  }
}
