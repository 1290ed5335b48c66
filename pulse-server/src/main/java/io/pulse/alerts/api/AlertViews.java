package io.pulse.alerts.api;

import io.pulse.alerts.Alert;
import io.pulse.api.AlertView;
import java.time.Instant;

/** Alerts as the API shows them ({@link AlertView}). */
final class AlertViews {

  private AlertViews() {}

  static AlertView of(Alert a, Instant now) {
    return new AlertView(
        a.id(),
        a.kind().name(),
        a.level().name(),
        a.status().name(),
        a.series().toString(),
        a.raisedAt(),
        a.reviewBy(),
        a.isOverdue(now),
        a.evidence().score(),
        a.evidence().count(),
        a.evidence().negatives(),
        a.evidence().zScore(),
        a.evidence().windowStart(),
        a.evidence().windowEnd(),
        a.interactionId(),
        a.occurrences(),
        a.escalatedAt(),
        a.acknowledgedBy(),
        a.acknowledgedAt(),
        a.resolvedBy(),
        a.resolvedAt(),
        a.closeReason());
  }
}
