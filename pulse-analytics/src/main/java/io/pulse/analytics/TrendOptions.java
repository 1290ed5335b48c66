package io.pulse.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How recent sentiment is compared with earlier sentiment.
 *
 * @param asOf end of the recent window; {@code null} means the latest observation
 * @param recentWindow observations after asOf - recentWindow are "recent", older ones "earlier"
 * @param minDrop how much lower the recent mean must be than the earlier mean to count as turning
 *     negative (on the [-1, 1] score scale)
 * @param valuableSegments segments watched by {@link Analytics#valuableTurningNegative}
 */
public record TrendOptions(
    Instant asOf, Duration recentWindow, double minDrop, List<String> valuableSegments) {

  /** Checks the values. */
  public TrendOptions {
    Objects.requireNonNull(recentWindow, "recentWindow");
    if (recentWindow.isNegative() || recentWindow.isZero()) {
      throw new IllegalArgumentException("recentWindow must be positive, found " + recentWindow);
    }
    if (!(minDrop >= 0)) {
      throw new IllegalArgumentException("minDrop must be >= 0, found " + minDrop);
    }
    valuableSegments = List.copyOf(valuableSegments);
  }

  /** Last 30 days vs before, a drop of at least 0.2, the standard valuable segments. */
  public static TrendOptions defaults() {
    return new TrendOptions(null, Duration.ofDays(30), 0.2, SegmentRules.VALUABLE);
  }

  /** Copy with another end of the recent window. */
  public TrendOptions withAsOf(Instant instant) {
    return new TrendOptions(instant, recentWindow, minDrop, valuableSegments);
  }
}
