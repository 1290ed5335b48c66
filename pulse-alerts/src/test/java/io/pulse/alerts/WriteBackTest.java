package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteBackTest {

  private final MutableClock clock = new MutableClock(T0);
  private final List<WriteBack> written = new ArrayList<>();
  private int failuresLeft;

  private final HelpdeskWriter helpdesk =
      action -> {
        if (failuresLeft-- > 0) {
          throw new IOException("helpdesk answered 503");
        }
        written.add(action);
      };

  private AlertEngine engine(WriteBackRule... rules) {
    return AlertEngine.builder()
        .config(AlertConfig.defaults())
        .clock(clock)
        .helpdesk(helpdesk, List.of(rules))
        .build();
  }

  private static WriteBackRule escalate() {
    return new WriteBackRule(
        "escalate",
        Set.of(AlertKind.CONVERSATION_ESCALATING),
        Band.ORANGE,
        "urgent",
        List.of("pulse-escalating"),
        "senior-agents");
  }

  @Test
  void matchingAlertSetsPriorityTagAndGroupOnItsConversationsTicket() {
    AlertEngine engine = engine(escalate());
    engine.onConversationTurn(
        new ConversationTurn("zendesk:4711", "42", T0, List.of(0.6, 0.0, -0.7)));
    assertThat(engine.dispatchDue().delivered()).isEqualTo(1);
    assertThat(written)
        .singleElement()
        .satisfies(action -> {
          assertThat(action.rule()).isEqualTo("escalate");
          assertThat(action.conversationId()).isEqualTo("zendesk:4711");
          assertThat(action.interactionId()).isEqualTo("42");
          assertThat(action.priority()).isEqualTo("urgent");
          assertThat(action.tags()).containsExactly("pulse-escalating");
          assertThat(action.group()).isEqualTo("senior-agents");
          assertThat(action.level()).isEqualTo("RED");
        });
  }

  @Test
  void helpdeskDownIsRetriedFromTheOutboxWithBackOff() {
    failuresLeft = 2;
    AlertEngine engine = engine(escalate());
    engine.onConversationTurn(
        new ConversationTurn("zendesk:4711", "42", T0, List.of(0.6, 0.0, -0.7)));
    assertThat(engine.dispatchDue().failed()).isEqualTo(1);
    assertThat(engine.dispatchDue().delivered()).as("not due before the back-off").isZero();
    clock.set(T0.plus(Duration.ofSeconds(30)));
    assertThat(engine.dispatchDue().failed()).isEqualTo(1);
    clock.set(T0.plus(Duration.ofSeconds(91)));
    assertThat(engine.dispatchDue().delivered()).isEqualTo(1);
    assertThat(written).hasSize(1);
    assertThat(engine.pendingDeliveries()).isEmpty();
  }

  @Test
  void otherKindsAndLowerLevelsWriteNothing() {
    WriteBackRule redOnly =
        new WriteBackRule(
            "red", Set.of(AlertKind.NEGATIVE_INTERACTION), Band.RED, null, List.of("red"), null);
    AlertEngine engine = engine(redOnly);
    engine.onScored(Fixtures.score("c_1", T0, -0.3)); // orange
    engine.onConversationTurn(new ConversationTurn("chat-1", "7", T0, List.of(0.6, 0.0, -0.7)));
    engine.dispatchDue();
    assertThat(written).isEmpty();
    engine.onScored(Fixtures.score("c_2", T0, -0.9)); // red
    engine.dispatchDue();
    assertThat(written).singleElement().satisfies(a -> assertThat(a.conversationId()).isNull());
  }
}
