package io.pulse.alerts;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads {@code alerts.*} settings (ISO-8601 durations such as {@code PT4H}) over defaults. */
final class ConfigReader {

  private final Map<String, String> properties;
  private final Set<String> used = new HashSet<>();

  ConfigReader(Map<String, String> properties) {
    this.properties = new TreeMap<>(properties);
  }

  AlertConfig read(AlertConfig d) {
    var bands =
        new AlertConfig.Bands(
            number("alerts.bands.green.lower", d.bands().greenLower()),
            number("alerts.bands.yellow.lower", d.bands().yellowLower()),
            number("alerts.bands.orange.lower", d.bands().orangeLower()));
    var e = d.escalation();
    var escalation =
        new AlertConfig.Escalation(
            number("alerts.escalation.success.above", e.successAbove()),
            text("alerts.escalation.success.notify", e.successNotify()),
            duration("alerts.escalation.orange.review", e.orangeReview()),
            text("alerts.escalation.orange.notify", e.orangeNotify()),
            duration("alerts.escalation.red.review", e.redReview()),
            text("alerts.escalation.red.notify", e.redNotify()),
            text("alerts.escalation.overdue.notify", e.overdueNotify()),
            text("alerts.escalation.survey.notify", e.surveyNotify()));
    var t = d.trend();
    var trend =
        new AlertConfig.Trend(
            duration("alerts.trend.window", t.window()),
            duration("alerts.trend.step", t.step()),
            integer("alerts.trend.aggregate-min-count", t.aggregateMinCount()),
            duration("alerts.trend.baseline", t.baseline()),
            number("alerts.trend.z-threshold", t.zThreshold()),
            integer("alerts.trend.min-count", t.minCount()),
            integer("alerts.trend.min-baseline-windows", t.minBaselineWindows()),
            integer("alerts.trend.negative-count", t.negativeCount()),
            dimensions("alerts.trend.dimensions", t.dimensions()));
    var config =
        new AlertConfig(
            bands,
            escalation,
            trend,
            duration("alerts.cooldown", d.cooldown()),
            new AlertConfig.Retry(
                duration("alerts.retry.initial-backoff", d.retry().initialBackoff()),
                duration("alerts.retry.max-backoff", d.retry().maxBackoff())),
            new AlertConfig.Conversation(
                integer("alerts.conversation.turns", d.conversation().turns()),
                number("alerts.conversation.step", d.conversation().step())));
    for (String key : properties.keySet()) {
      if (key.startsWith("alerts.") && !used.contains(key)) {
        throw new IllegalArgumentException("unknown setting " + key);
      }
    }
    return config;
  }

  private String raw(String key) {
    used.add(key);
    String value = properties.get(key);
    return value == null ? null : value.strip();
  }

  private String text(String key, String fallback) {
    String value = raw(key);
    return value == null ? fallback : value;
  }

  private double number(String key, double fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw invalid(key, value, "a number");
    }
  }

  private int integer(String key, int fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(key, value, "a whole number");
    }
  }

  private Duration duration(String key, Duration fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(key, value, "an ISO-8601 duration such as PT4H or P28D");
    }
  }

  private Set<Dimension> dimensions(String key, Set<Dimension> fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    Set<Dimension> result = EnumSet.noneOf(Dimension.class);
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        result.add(Dimension.valueOf(part.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw invalid(key, value, "a list of customer|product|channel|topic");
      }
    }
    return result;
  }

  private static IllegalArgumentException invalid(String key, String value, String expected) {
    return new IllegalArgumentException(key + " must be " + expected + ", found '" + value + "'");
  }
}
