package io.pulse.alerts.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.ConversationTurn;
import io.pulse.alerts.InteractionScore;
import io.pulse.core.AuthorRole;
import io.pulse.scores.InteractionsScored;
import io.pulse.store.ScoreChanged;
import io.pulse.store.StoredInteraction;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the alert engine from the events of the scores feature: every newly scored interaction in
 * the transaction that stores its score (on the scoring thread, in a savepoint), and every replaced
 * score after that change committed. A person's correction raises or withdraws single-interaction
 * alerts ({@link AlertEngine#corrected}); a re-score only moves the windows. The alerts and outbox
 * deliveries of one event are written in one transaction; a failure here is logged and never undoes
 * the score.
 */
@Component
class AlertFeed {

  private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

  private final AlertEngine engine;
  private final EngineTransactions transactions;
  private final MeterRegistry meters;
  private final ScoreHistory history;
  private final boolean enabled;

  AlertFeed(
      AlertEngine engine,
      EngineTransactions transactions,
      MeterRegistry meters,
      AlertSettings settings,
      ScoreHistory history) {
    this.engine = engine;
    this.transactions = transactions;
    this.meters = meters;
    this.history = history;
    this.enabled = settings.enabled();
  }

  @EventListener
  void scored(InteractionsScored event) {
    if (!enabled) {
      return;
    }
    try {
      List<Alert> raised =
          transactions.run(status ->
              event.interactions().stream()
                  .filter(i -> i.authorRole() == AuthorRole.CUSTOMER)
                  .flatMap(i -> customerTurn(i).stream())
                  .toList());
      raised.forEach(alert -> count("pulse.alerts.raised", alert));
    } catch (RuntimeException e) {
      LOG.error("alerts for scored interactions failed: {}", e.getClass().getName());
    }
  }

  /**
   * A customer's scored interaction: its own rules, then, for a turn of a conversation, the
   * conversation's escalation rule over the customer's latest turns.
   */
  private List<Alert> customerTurn(StoredInteraction in) {
    List<Alert> raised = new java.util.ArrayList<>(engine.onScored(score(in)));
    if (in.conversationId() != null) {
      List<Double> turns =
          history.customerTurns(
              in.conversationId(),
              in.occurredAt().toInstant(),
              in.id(),
              engine.config().conversation().turns());
      if (!turns.isEmpty()) {
        engine
            .onConversationTurn(
                new ConversationTurn(
                    in.conversationId(),
                    Long.toString(in.id()),
                    in.occurredAt().toInstant(),
                    turns.stream().map(AlertFeed::clamp).toList()))
            .ifPresent(raised::add);
      }
    }
    return raised;
  }

  /**
   * A score was replaced: once that is committed, the alert windows count the new score. A
   * correction also raises what a negative interaction raises, or withdraws the alert it alone
   * caused.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void scoreChanged(ScoreChanged change) {
    if (!enabled || change.previousScore() == change.currentScore()) {
      return;
    }
    try {
      history
          .interaction(change.interactionId(), clamp(change.previousScore()))
          .ifPresent(before -> changed(change, before));
    } catch (RuntimeException e) {
      LOG.error("alerts for a changed score failed: {}", e.getClass().getName());
    }
  }

  private void changed(ScoreChanged change, InteractionScore before) {
    InteractionScore after = before.withScore(clamp(change.currentScore()));
    if (change.cause() != ScoreChanged.Cause.CORRECTION) {
      engine.rescored(before, after);
      return;
    }
    AlertEngine.Corrected corrected = transactions.run(status -> engine.corrected(before, after));
    corrected.raised().forEach(alert -> count("pulse.alerts.raised", alert));
    corrected.withdrawn().forEach(alert -> count("pulse.alerts.withdrawn", alert));
  }

  private void count(String name, Alert alert) {
    meters
        .counter(
            name,
            "level",
            alert.level().name().toLowerCase(Locale.ROOT),
            "kind",
            alert.kind().name().toLowerCase(Locale.ROOT))
        .increment();
  }

  private static double clamp(double score) {
    return Math.max(-1.0, Math.min(1.0, score));
  }

  static InteractionScore score(StoredInteraction in) {
    return new InteractionScore(
        Long.toString(in.id()),
        in.occurredAt().toInstant(),
        clamp(in.score().score()),
        in.customerPseudonym(),
        in.channel(),
        in.product(),
        in.tags(),
        in.score().positive() >= InteractionScore.SUCCESS_MIN_POSITIVE);
  }
}
