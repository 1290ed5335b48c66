package io.pulse.server;

import io.pulse.insight.MessageAnalyzer;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of scoring by language ({@code /actuator/health/insight}): {@code UP} while the last batch
 * of every language was scored by its model, {@code DEGRADED} (HTTP 200) while a language is scored
 * by the lexicon fallback; its details say which.
 */
@Component("insightHealthIndicator")
class InsightHealthIndicator extends AbstractHealthIndicator {

  /** Scoring works, but with the lexicon fallback for at least one language. */
  static final Status DEGRADED = new Status("DEGRADED", "lexicon fallback in use");

  private final MessageAnalyzer analyzer;

  InsightHealthIndicator(MessageAnalyzer analyzer) {
    super("insight health check failed");
    this.analyzer = analyzer;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.status(analyzer.degraded() ? DEGRADED : Status.UP).withDetails(analyzer.status());
  }
}
