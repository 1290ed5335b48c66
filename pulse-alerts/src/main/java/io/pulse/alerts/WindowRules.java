package io.pulse.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * The alert rules that need nothing but one window of a series: the window mean's band ({@link
 * AlertKind#AGGREGATE_BAND}, from {@code alerts.trend.aggregate-min-count} interactions) and the
 * negative count ({@link AlertKind#NEGATIVE_COUNT}, trend dimensions only). The engine applies them
 * to its rolling windows; a stream job applies them to the same windows computed in the stream.
 */
public final class WindowRules {

  private final AlertConfig config;

  /** Rules with these settings. */
  public WindowRules(AlertConfig config) {
    this.config = config;
  }

  /** The alerts one window of a series calls for, in the engine's order. */
  public List<WindowAlert> evaluate(SeriesKey key, WindowStats stats) {
    List<WindowAlert> out = new ArrayList<>(2);
    AlertConfig.Trend trend = config.trend();
    if (stats.count() >= trend.aggregateMinCount()) {
      Band band = config.bands().classify(stats.mean());
      if (band == Band.ORANGE || band == Band.RED) {
        out.add(new WindowAlert(AlertKind.AGGREGATE_BAND, key, band, evidence(stats, null)));
      }
    }
    if (trend.dimensions().contains(key.dimension())
        && stats.negatives() >= trend.negativeCount()) {
      out.add(
          new WindowAlert(AlertKind.NEGATIVE_COUNT, key, trendLevel(stats), evidence(stats, null)));
    }
    return out;
  }

  /** The level of a trend alert: the window mean's band, at least orange. */
  Band trendLevel(WindowStats stats) {
    return config.bands().classify(stats.mean()).max(Band.ORANGE);
  }

  static Evidence evidence(WindowStats stats, Double z) {
    return new Evidence(
        stats.mean(), stats.count(), stats.negatives(), z, stats.start(), stats.end());
  }

  /**
   * An alert one window calls for, before de-duplication and cooldown.
   *
   * @param kind why
   * @param series the series
   * @param level its band
   * @param evidence the window's numbers (no text, no personal data)
   */
  public record WindowAlert(AlertKind kind, SeriesKey series, Band level, Evidence evidence) {}
}
