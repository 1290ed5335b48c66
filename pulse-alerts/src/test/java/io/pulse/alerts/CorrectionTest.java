package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static io.pulse.alerts.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionTest {

  private final MutableClock clock = new MutableClock(T0);
  private final AlertEngine engine = Fixtures.engine(clock);

  private List<String> notified() {
    return engine.pendingDeliveries().stream().map(Delivery::eventType).toList();
  }

  @Test
  void correctionToNegativeRaisesWhatANegativeMessageRaises() {
    InteractionScore neutral = score("c_calm", T0.minusSeconds(60), 0.0);
    assertThat(engine.onScored(neutral)).isEmpty();

    AlertEngine.Corrected corrected = engine.corrected(neutral, neutral.withScore(-1.0));

    assertThat(corrected.raised())
        .singleElement()
        .satisfies(alert -> {
          assertThat(alert.kind()).isEqualTo(AlertKind.NEGATIVE_INTERACTION);
          assertThat(alert.level()).isEqualTo(Band.RED);
          assertThat(alert.interactionId()).isEqualTo(neutral.interactionId());
        });
    assertThat(notified()).contains(Notifier.RAISED);
  }

  @Test
  void correctionAwayFromNegativeWithdrawsTheAlertThisMessageAloneCaused() {
    InteractionScore negative = score("c_angry", T0.minusSeconds(60), -0.9);
    Alert raised = engine.onScored(negative).getFirst();

    AlertEngine.Corrected corrected = engine.corrected(negative, negative.withScore(0.0));

    assertThat(corrected.withdrawn()).singleElement().extracting(Alert::id).isEqualTo(raised.id());
    Alert withdrawn = engine.alert(raised.id()).orElseThrow();
    assertThat(withdrawn.status()).isEqualTo(AlertStatus.WITHDRAWN);
    assertThat(withdrawn.closeReason()).isEqualTo(Alert.CORRECTED);
    assertThat(notified()).contains(Notifier.RAISED, Notifier.WITHDRAWN);
  }

  @Test
  void anAlertOtherMessagesAlsoRaisedStaysOpen() {
    InteractionScore first = score("c_twice", T0.minusSeconds(120), -0.9);
    Alert raised = engine.onScored(first).getFirst();
    engine.onScored(score("c_twice", T0.minusSeconds(60), -0.8)); // de-duplicated into it

    AlertEngine.Corrected corrected = engine.corrected(first, first.withScore(0.0));

    assertThat(corrected.withdrawn()).isEmpty();
    assertThat(engine.alert(raised.id()).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
  }
}
