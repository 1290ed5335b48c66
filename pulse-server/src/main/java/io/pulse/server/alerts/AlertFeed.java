package io.pulse.server.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.InteractionScore;
import io.pulse.ingest.ScoreChanged;
import io.pulse.ingest.StoredInteraction;
import io.pulse.ingest.StoredInteractionListener;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds every newly stored interaction to the alert engine, right after its ingest transaction
 * committed and on the ingesting thread: a burst of negative messages raises its trend alert while
 * the request that carried it is still being answered. The alerts and outbox deliveries of one
 * batch are written in one transaction.
 */
@Component
class AlertFeed implements StoredInteractionListener {

  private final AlertEngine engine;
  private final TransactionTemplate transactions;
  private final MeterRegistry meters;
  private final ScoreHistory history;
  private final boolean enabled;

  AlertFeed(
      AlertEngine engine,
      TransactionTemplate transactions,
      MeterRegistry meters,
      AlertSettings settings,
      ScoreHistory history) {
    this.engine = engine;
    this.transactions = transactions;
    this.meters = meters;
    this.history = history;
    this.enabled = settings.enabled();
  }

  /**
   * A correction or re-score replaced an interaction's score: once that is committed, the alert
   * windows count the new score instead of the old one. Nothing is raised or withdrawn by it.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void scoreChanged(ScoreChanged change) {
    if (!enabled || change.previousScore() == change.currentScore()) {
      return;
    }
    history
        .interaction(change.interactionId(), clamp(change.previousScore()))
        .ifPresent(
            before -> engine.rescored(before, before.withScore(clamp(change.currentScore()))));
  }

  private static double clamp(double score) {
    return Math.max(-1.0, Math.min(1.0, score));
  }

  @Override
  public void stored(List<StoredInteraction> interactions) {
    if (!enabled) {
      return;
    }
    List<Alert> raised =
        transactions.execute(status ->
            interactions.stream().flatMap(i -> engine.onScored(score(i)).stream()).toList());
    for (Alert alert : raised) {
      meters
          .counter(
              "pulse.alerts.raised",
              "level",
              alert.level().name().toLowerCase(Locale.ROOT),
              "kind",
              alert.kind().name().toLowerCase(Locale.ROOT))
          .increment();
    }
  }

  static InteractionScore score(StoredInteraction in) {
    return new InteractionScore(
        Long.toString(in.id()),
        in.occurredAt().toInstant(),
        Math.max(-1.0, Math.min(1.0, in.score().score())),
        in.customerPseudonym(),
        in.channel(),
        in.product(),
        in.tags());
  }
}
