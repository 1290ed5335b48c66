package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static io.pulse.alerts.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EscalationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MutableClock clock = new MutableClock(T0);
  private final AlertEngine engine = Fixtures.engine(clock);

  @Test
  void veryNegativeEscalatesAtOnceWithOneHourReviewForManagement() {
    Alert alert = engine.onScored(score("c_0a1", T0, -0.8)).getFirst();

    assertThat(alert.kind()).isEqualTo(AlertKind.NEGATIVE_INTERACTION);
    assertThat(alert.level()).isEqualTo(Band.RED);
    assertThat(alert.series()).isEqualTo(new SeriesKey(Dimension.CUSTOMER, "c_0a1"));
    assertThat(alert.reviewBy()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(lastEvent().path("notify").asString()).isEqualTo("management");
  }

  @Test
  void negativeIsPrioritisedWithFourHourReviewForTeamLead() {
    Alert alert = engine.onScored(score("c_0a1", T0, -0.3)).getFirst();

    assertThat(alert.level()).isEqualTo(Band.ORANGE);
    assertThat(alert.reviewBy()).isEqualTo(T0.plus(Duration.ofHours(4)));
    assertThat(lastEvent().path("notify").asString()).isEqualTo("team-lead");
  }

  @Test
  void neutralNeedsNoAlert() {
    assertThat(engine.onScored(score("c_0a1", T0, -0.2))).isEmpty();
    assertThat(engine.onScored(score("c_0a2", T0, 0.3))).isEmpty();
    assertThat(engine.onScored(score("c_0a3", T0, 0.5))).isEmpty();
    assertThat(engine.pendingDeliveries()).isEmpty();
  }

  @Test
  void veryPositiveIsASuccessStoryForMarketing() {
    Alert alert = engine.onScored(score("c_0a1", T0, 0.51)).getFirst();

    assertThat(alert.kind()).isEqualTo(AlertKind.SUCCESS_STORY);
    assertThat(alert.level()).isEqualTo(Band.GREEN);
    assertThat(alert.reviewBy()).isNull();
    assertThat(lastEvent().path("notify").asString()).isEqualTo("marketing");
  }

  @Test
  void highScoreWithoutConfidentPositiveIsNoSuccessStory() {
    InteractionScore unsure = score("c_0a1", T0, 0.9);
    InteractionScore notEligible =
        new InteractionScore(
            unsure.interactionId(),
            unsure.occurredAt(),
            unsure.score(),
            unsure.customerKey(),
            unsure.channel(),
            unsure.product(),
            unsure.topics(),
            false);

    assertThat(engine.onScored(notEligible)).isEmpty();
    assertThat(engine.pendingDeliveries()).isEmpty();
  }

  @Test
  void redAlertIsOverdueOnlyAfterItsHour() {
    Alert alert = engine.onScored(score("c_0a1", T0, -0.9)).getFirst();

    clock.set(T0.plus(Duration.ofHours(1)));
    assertThat(engine.escalateOverdue()).isEmpty();

    clock.set(T0.plus(Duration.ofHours(1)).plusSeconds(1));
    List<Alert> escalated = engine.escalateOverdue();

    assertThat(escalated).extracting(Alert::id).containsExactly(alert.id());
    assertThat(escalated.getFirst().escalatedAt()).isEqualTo(clock.instant());
    JsonNode event = lastEvent();
    assertThat(event.path("type").asString()).isEqualTo("alert.escalated");
    assertThat(event.path("reason").asString()).isEqualTo("overdue");
    assertThat(event.path("notify").asString()).isEqualTo("management");
  }

  @Test
  void overdueOrangeIsRaisedToRedAndManagementIsToldOnce() {
    Alert alert = engine.onScored(score("c_0a1", T0, -0.3)).getFirst();
    clock.set(T0.plus(Duration.ofHours(3)));
    assertThat(engine.escalateOverdue()).isEmpty();

    clock.set(T0.plus(Duration.ofHours(4)).plusSeconds(1));
    assertThat(engine.escalateOverdue()).hasSize(1);
    int deliveries = engine.pendingDeliveries().size();
    clock.set(T0.plus(Duration.ofHours(9)));

    assertThat(engine.escalateOverdue()).isEmpty();
    assertThat(engine.pendingDeliveries()).hasSize(deliveries);
    assertThat(engine.alert(alert.id()).orElseThrow().level()).isEqualTo(Band.RED);
  }

  @Test
  void acknowledgedAlertIsNeverOverdue() {
    Alert alert = engine.onScored(score("c_0a1", T0, -0.9)).getFirst();
    clock.set(T0.plus(Duration.ofMinutes(30)));
    engine.acknowledge(alert.id(), "agent-7");

    clock.set(T0.plus(Duration.ofHours(5)));

    assertThat(engine.escalateOverdue()).isEmpty();
    assertThat(engine.alert(alert.id()).orElseThrow().isOverdue(clock.instant())).isFalse();
  }

  @Test
  void oldInteractionsFeedSeriesButRaiseNoSingleAlert() {
    clock.set(T0.plus(Duration.ofDays(30)));

    assertThat(engine.onScored(score("c_0a1", T0, -0.9))).isEmpty();
  }

  private JsonNode lastEvent() {
    List<Delivery> pending = engine.pendingDeliveries();
    return JSON.readTree(pending.getLast().payload());
  }
}
