package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static io.pulse.alerts.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

  private final MutableClock clock = new MutableClock(T0);
  private final AlertEngine engine = Fixtures.engine(clock);
  private Alert alert;

  @BeforeEach
  void raise() {
    alert = engine.onScored(score("c_0b1", T0, -0.7)).getFirst();
  }

  @Test
  void openAcknowledgedResolvedRecordsWhoAndWhen() {
    assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);

    clock.advance(Duration.ofMinutes(10));
    Alert acknowledged = engine.acknowledge(alert.id(), "agent-7");
    clock.advance(Duration.ofMinutes(50));
    Alert resolved = engine.resolve(alert.id(), "lead.anna");

    assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgedBy()).isEqualTo("agent-7");
    assertThat(acknowledged.acknowledgedAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.acknowledgedBy()).isEqualTo("agent-7");
    assertThat(resolved.resolvedBy()).isEqualTo("lead.anna");
    assertThat(resolved.resolvedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(engine.alert(alert.id())).contains(resolved);
  }

  @Test
  void resolvingAnOpenAlertIsRejected() {
    assertThatThrownBy(() -> engine.resolve(alert.id(), "agent-7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "cannot resolve alert " + alert.id() + ": it is OPEN, resolve needs ACKNOWLEDGED");
    assertThat(engine.alert(alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void acknowledgingTwiceIsRejected() {
    engine.acknowledge(alert.id(), "agent-7");

    assertThatThrownBy(() -> engine.acknowledge(alert.id(), "agent-8"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "cannot acknowledge alert "
                + alert.id()
                + ": it is ACKNOWLEDGED, acknowledge needs OPEN");
    assertThat(engine.alert(alert.id()).orElseThrow().acknowledgedBy()).isEqualTo("agent-7");
  }

  @Test
  void resolvedAlertCannotMoveAgain() {
    engine.acknowledge(alert.id(), "agent-7");
    engine.resolve(alert.id(), "agent-7");

    assertThatThrownBy(() -> engine.acknowledge(alert.id(), "agent-7"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> engine.resolve(alert.id(), "agent-7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is RESOLVED");
  }

  @Test
  void customerIdentityIsNotAnActor() {
    assertThatThrownBy(() -> engine.acknowledge(alert.id(), "c_0b1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("actor must be a staff id");
    assertThatThrownBy(() -> engine.acknowledge(alert.id(), "jane.doe@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("jane");
    assertThat(engine.alert(alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void unknownAlertIsNamed() {
    assertThatThrownBy(() -> engine.acknowledge("nope", "agent-7"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no alert with id nope");
  }
}
