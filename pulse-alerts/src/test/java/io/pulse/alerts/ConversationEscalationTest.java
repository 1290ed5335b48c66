package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversationEscalationTest {

  private final MutableClock clock = new MutableClock(T0);

  /**
   * Seeded random 20-turn chats (customer and agent alternate; the agent stays friendly) whose
   * customer sours at a random pace: the alert comes within one customer turn of the first turn
   * whose last three customer scores fell by more than the step, never before it, and only once.
   */
  @Test
  void souringTwentyTurnChatRaisesWithinOneTurnOfTheThreshold() {
    Random random = new Random(20251206L);
    for (int chat = 0; chat < 200; chat++) {
      AlertEngine engine = Fixtures.engine(clock);
      double pace = 0.05 + random.nextDouble() * 0.25;
      List<Double> customer = new ArrayList<>();
      Integer threshold = null;
      Integer raisedAt = null;
      int raisedCount = 0;
      for (int turn = 0; turn < 20; turn++) {
        Instant at = T0.plus(Duration.ofMinutes(turn));
        clock.set(at);
        if (turn % 2 == 1) {
          continue; // agent turns never reach the conversation rule
        }
        double noise = (random.nextDouble() - 0.5) * 0.1;
        double score = Math.max(-1, Math.min(1, 0.6 - pace * customer.size() + noise));
        customer.add(score);
        if (threshold == null && customer.size() >= 3) {
          double fall = customer.get(customer.size() - 3) - score;
          if (fall > 0.4 && score <= 0.3) {
            threshold = turn;
          }
        }
        Optional<Alert> alert =
            engine.onConversationTurn(
                new ConversationTurn("chat-" + chat, "i" + turn, at, List.copyOf(customer)));
        if (alert.isPresent()) {
          raisedCount++;
          raisedAt = raisedAt == null ? turn : raisedAt;
          assertThat(alert.get().kind()).isEqualTo(AlertKind.CONVERSATION_ESCALATING);
          assertThat(alert.get().series())
              .isEqualTo(new SeriesKey(Dimension.CONVERSATION, "chat-" + chat));
        }
      }
      if (threshold == null) {
        assertThat(raisedAt).as("chat %d never crossed the threshold", chat).isNull();
      } else {
        assertThat(raisedAt).as("chat %d, threshold at turn %d", chat, threshold).isNotNull();
        assertThat(raisedAt - threshold).as("chat %d", chat).isBetween(0, 2);
        assertThat(raisedCount).as("one unresolved alert per conversation").isEqualTo(1);
      }
    }
  }

  @Test
  void steadyAndRecoveringConversationsRaiseNothing() {
    AlertEngine engine = Fixtures.engine(clock);
    assertThat(engine.onConversationTurn(turn("steady", -0.3, -0.35, -0.4))).isEmpty();
    assertThat(engine.onConversationTurn(turn("recovering", -0.8, -0.2, 0.5))).isEmpty();
    assertThat(engine.onConversationTurn(turn("too-short", 0.9, -0.9))).isEmpty();
    assertThat(engine.onConversationTurn(turn("cheerful", 1.0, 0.8, 0.35))).isEmpty();
  }

  @Test
  void fallToRedIsARedAlertAndTurnsAndStepAreSettings() {
    AlertEngine engine = Fixtures.engine(clock);
    Alert red = engine.onConversationTurn(turn("c1", 0.2, -0.1, -0.7)).orElseThrow();
    assertThat(red.level()).isEqualTo(Band.RED);
    assertThat(red.evidence().count()).isEqualTo(3);
    assertThat(red.evidence().negatives()).isEqualTo(1);

    AlertEngine strict =
        Fixtures.engine(
            clock,
            Fixtures.config(
                Map.of("alerts.conversation.turns", "4", "alerts.conversation.step", "0.8")));
    assertThat(strict.onConversationTurn(turn("c2", 0.2, -0.1, -0.7))).isEmpty();
    assertThat(strict.onConversationTurn(turn("c2", 0.3, 0.2, -0.1, -0.7))).isPresent();
  }

  @Test
  void oldTurnsOfAnImportRaiseNothing() {
    AlertEngine engine = Fixtures.engine(clock);
    ConversationTurn old =
        new ConversationTurn("old", "i1", T0.minus(Duration.ofDays(3)), List.of(0.5, 0.0, -0.9));
    assertThat(engine.onConversationTurn(old)).isEmpty();
  }

  private static ConversationTurn turn(String conversation, double... scores) {
    List<Double> values = new ArrayList<>();
    for (double s : scores) {
      values.add(s);
    }
    return new ConversationTurn(conversation, "i-" + conversation, T0, values);
  }
}
