package io.pulse.gdpr;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention periods ({@code pulse.retention.*}), counted back from now: message text ({@code text},
 * the scores and aspects stay), interactions with their scores ({@code scores}), alerts and their
 * notifications ({@code alerts}), audit rows ({@code audit}); {@code cron} runs the purge (a Spring
 * cron expression, {@code -} for never). Interactions count from when they occurred.
 */
@ConfigurationProperties("pulse.retention")
record RetentionProperties(
    @DefaultValue("P90D") Period text,
    @DefaultValue("P2Y") Period scores,
    @DefaultValue("P1Y") Period alerts,
    @DefaultValue("P5Y") Period audit,
    @DefaultValue("0 30 2 * * *") String cron) {

  RetentionProperties {
    positive("text", text);
    positive("scores", scores);
    positive("alerts", alerts);
    positive("audit", audit);
    if (text.toTotalMonths() * 31 + text.getDays()
        > scores.toTotalMonths() * 31 + scores.getDays()) {
      throw new IllegalStateException(
          "pulse.retention.text must not be longer than pulse.retention.scores; found text="
              + text
              + ", scores="
              + scores);
    }
  }

  private static void positive(String name, Period value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalStateException(
          "pulse.retention." + name + " must be a positive period like P90D; found " + value);
    }
  }
}
