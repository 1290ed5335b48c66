package io.pulse.analytics;

import java.time.Duration;

/**
 * How fast alerts are acknowledged. Percentiles interpolate linearly between the sorted times
 * (numpy's default); both are {@code null} when nothing was acknowledged.
 *
 * @param alerts all alerts
 * @param acknowledged alerts acknowledged
 * @param median median time from alert to acknowledgement
 * @param p90 90th percentile of that time
 */
public record ResponseTimes(int alerts, int acknowledged, Duration median, Duration p90) {}
