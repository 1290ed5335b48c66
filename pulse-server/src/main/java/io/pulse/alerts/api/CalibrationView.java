package io.pulse.alerts.api;

import io.pulse.alerts.AlertKind;
import io.pulse.alerts.Band;
import io.pulse.alerts.CalibrationReport;
import java.time.Instant;
import java.util.Map;

/**
 * Answer of {@code GET /api/v1/alerts/calibration}.
 *
 * @param from start of the replayed history
 * @param to end of the replayed history (exclusive)
 * @param zone time zone of the days
 * @param interactions interactions replayed
 * @param settings the settings the counts were produced with
 * @param perDay average alerts per day and level
 * @param perDayByKind average alerts per day and kind
 * @param report counts per day, level and kind, and survey requests
 */
record CalibrationView(
    Instant from,
    Instant to,
    String zone,
    long interactions,
    Map<String, Object> settings,
    Map<Band, Double> perDay,
    Map<AlertKind, Double> perDayByKind,
    CalibrationReport report) {}
