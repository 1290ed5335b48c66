package io.pulse.scores;

import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of scoring behind the request path ({@code /actuator/health/scoring}): {@code UP} while
 * the oldest queued interaction is younger than {@code pulse.scoring.degraded-backlog-age}, else
 * {@code DEGRADED} (HTTP 200: ingest still accepts); details give depth and age.
 */
@Component("scoringHealthIndicator")
class ScoringHealthIndicator extends AbstractHealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "scoring backlog is growing old");

  private final ScoringMetrics metrics;
  private final Duration limit;

  ScoringHealthIndicator(ScoringMetrics metrics, ScoringProperties settings) {
    super("scoring health check failed");
    this.metrics = metrics;
    this.limit = settings.degradedBacklogAge();
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Duration age = metrics.oldestAge();
    builder
        .status(age.compareTo(limit) > 0 ? DEGRADED : Status.UP)
        .withDetail("queued", metrics.backlog().depth())
        .withDetail("oldestAge", age.toString())
        .withDetail("degradedAfter", limit.toString());
  }
}
