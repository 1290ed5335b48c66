package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static io.pulse.alerts.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeduplicationTest {

  private final MutableClock clock = new MutableClock(T0);
  private final AlertEngine engine =
      Fixtures.engine(
          clock,
          Fixtures.config(
              Map.of("alerts.cooldown", "PT6H", "alerts.trend.aggregate-min-count", "50")));

  @Test
  void oneUnresolvedAlertPerSeriesAndKind() {
    Alert first = engine.onScored(score("c_0c1", T0, -0.3)).getFirst();
    int deliveries = engine.pendingDeliveries().size();

    assertThat(engine.onScored(score("c_0c1", at(10), -0.35))).isEmpty();
    assertThat(engine.onScored(score("c_0c1", at(20), -0.4))).isEmpty();

    Alert stored = engine.alert(first.id()).orElseThrow();
    assertThat(stored.occurrences()).isEqualTo(3);
    assertThat(stored.level()).isEqualTo(Band.ORANGE);
    assertThat(engine.pendingDeliveries()).hasSize(deliveries);
  }

  @Test
  void otherCustomerIsAnotherSeries() {
    engine.onScored(score("c_0c1", T0, -0.3));

    assertThat(engine.onScored(score("c_0c2", at(1), -0.3))).hasSize(1);
  }

  @Test
  void moreSevereOccurrenceRaisesLevelShortensDeadlineAndTellsManagement() {
    Alert first = engine.onScored(score("c_0c1", T0, -0.3)).getFirst();
    clock.set(at(30));

    assertThat(engine.onScored(score("c_0c1", at(30), -0.9))).isEmpty();

    Alert stored = engine.alert(first.id()).orElseThrow();
    assertThat(stored.level()).isEqualTo(Band.RED);
    assertThat(stored.reviewBy()).isEqualTo(at(90));
    assertThat(engine.pendingDeliveries().getLast().payload())
        .contains("\"type\":\"alert.escalated\"")
        .contains("\"reason\":\"more-severe\"")
        .contains("\"notify\":\"management\"");
  }

  @Test
  void cooldownHoldsBackANewAlertAfterResolution() {
    Alert first = engine.onScored(score("c_0c1", T0, -0.9)).getFirst();
    engine.acknowledge(first.id(), "agent-1");
    engine.resolve(first.id(), "agent-1");

    clock.set(T0.plus(Duration.ofHours(6)).minusSeconds(1));
    assertThat(engine.onScored(score("c_0c1", clock.instant(), -0.9))).isEmpty();

    clock.set(T0.plus(Duration.ofHours(6)));
    assertThat(engine.onScored(score("c_0c1", clock.instant(), -0.9)))
        .singleElement()
        .satisfies(a -> assertThat(a.id()).isNotEqualTo(first.id()));
  }

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }
}
