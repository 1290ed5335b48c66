package io.pulse.scores;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of scoring behind the request path ({@code pulse.scoring.*}); each default is written
 * here only.
 *
 * @param workers scoring threads of this server instance (0: this instance only accepts)
 * @param batchSize most interactions one worker scores together (one model call)
 * @param maxWait how long a worker waits for a batch to fill once work arrived
 * @param pollInterval how often an idle worker looks for work queued by other instances
 * @param maxAttempts failed scoring attempts after which an interaction is stored unscored
 * @param retryDelay how long a failed batch waits before it is claimed again
 * @param degradedBacklogAge health is DEGRADED while the oldest queued interaction is older
 * @param maxRequestWait longest {@code wait} an ingest request may ask for
 * @param fallbackRescoreInterval how often lexicon-fallback scores are re-scored with the model
 *     (PT0S: only on request)
 */
@ConfigurationProperties("pulse.scoring")
record ScoringProperties(
    @DefaultValue("2") int workers,
    @DefaultValue("64") int batchSize,
    @DefaultValue("PT0.05S") Duration maxWait,
    @DefaultValue("PT1S") Duration pollInterval,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("PT5S") Duration retryDelay,
    @DefaultValue("PT1M") Duration degradedBacklogAge,
    @DefaultValue("PT60S") Duration maxRequestWait,
    @DefaultValue("PT10M") Duration fallbackRescoreInterval) {

  /** Checks every range; the message names setting, rule and value. */
  ScoringProperties {
    if (workers < 0 || workers > 64) {
      throw bad("workers", "must be 0 to 64", workers);
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw bad("batch-size", "must be 1 to 10000", batchSize);
    }
    if (maxAttempts < 1) {
      throw bad("max-attempts", "must be >= 1", maxAttempts);
    }
    requireNotNegative("max-wait", maxWait);
    requirePositive("poll-interval", pollInterval);
    requireNotNegative("retry-delay", retryDelay);
    requirePositive("degraded-backlog-age", degradedBacklogAge);
    requireNotNegative("max-request-wait", maxRequestWait);
    requireNotNegative("fallback-rescore-interval", fallbackRescoreInterval);
  }

  private static void requirePositive(String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw bad(name, "must be a positive ISO-8601 duration", value);
    }
  }

  private static void requireNotNegative(String name, Duration value) {
    if (value.isNegative()) {
      throw bad(name, "must be PT0S or a positive ISO-8601 duration", value);
    }
  }

  private static IllegalStateException bad(String name, String rule, Object value) {
    return new IllegalStateException(
        "pulse.scoring." + name + " " + rule + "; found '" + value + "'");
  }
}
