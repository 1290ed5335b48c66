package io.pulse.server;

import io.pulse.core.SentimentScorer;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the sentiment model ({@code /actuator/health/model}): scores a fixed probe text. */
@Component("modelHealthIndicator")
class ModelHealthIndicator extends AbstractHealthIndicator {

  private static final String PROBE = "health check";
  private final SentimentScorer scorer;

  ModelHealthIndicator(SentimentScorer scorer) {
    super("model health check failed");
    this.scorer = scorer;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    try {
      scorer.score(PROBE);
    } catch (RuntimeException e) {
      // Ingest goes on with the lexicon fallback (issue 8); the score rows it writes are flagged.
      builder
          .status(InsightHealthIndicator.DEGRADED)
          .withDetail("version", scorer.version())
          .withDetail(
              "scoring",
              "lexicon fallback: model unavailable (" + e.getClass().getSimpleName() + ")");
      return;
    }
    builder.up().withDetail("version", scorer.version());
  }
}
