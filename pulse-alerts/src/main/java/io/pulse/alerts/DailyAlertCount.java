package io.pulse.alerts;

import java.time.LocalDate;
import java.util.Map;

/**
 * Alerts one calendar day of a calibration replay would have raised.
 *
 * @param day the day
 * @param byLevel alerts per level (every level present, zero included)
 * @param byKind alerts per kind (every kind present, zero included)
 * @param total all alerts of the day
 */
public record DailyAlertCount(
    LocalDate day, Map<Band, Integer> byLevel, Map<AlertKind, Integer> byKind, int total) {}
