package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.productScore;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Synthetic series: four weeks of 12 messages an hour per product whose hourly level drifts (so the
 * baseline has a real spread) with an occasional negative message; then a burst of very negative
 * messages about one product.
 */
class TrendTest {

  private static final Instant START = Instant.parse("2025-02-03T00:00:00Z");
  private static final Instant SPIKE = START.plus(Duration.ofDays(28));
  private static final SeriesKey ROUTER = new SeriesKey(Dimension.PRODUCT, "router");
  private static final SeriesKey MODEM = new SeriesKey(Dimension.PRODUCT, "modem");
  private static final double[] OFFSETS = {
    -0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3
  };

  private final AlertConfig config =
      Fixtures.config(
          Map.of(
              "alerts.trend.window", "PT1H",
              "alerts.trend.step", "PT5M",
              "alerts.trend.baseline", "P28D",
              "alerts.trend.min-count", "10",
              "alerts.trend.negative-count", "8",
              "alerts.trend.aggregate-min-count", "10",
              "alerts.trend.dimensions", "product"));
  private final MutableClock clock = new MutableClock(START);
  private final AlertEngine engine = Fixtures.engine(clock, config);

  @Test
  void steadyHistoryRaisesNoTrendAlert() {
    List<Alert> raised = feedBaseline();

    assertThat(raised).noneMatch(a -> a.kind().isTrend());
    assertThat(raised).noneMatch(a -> a.series().dimension() == Dimension.PRODUCT);
  }

  @Test
  void productSpikeAlertsWithinMinutesAndOnlyForThatProduct() {
    feedBaseline();
    List<Alert> raised = new ArrayList<>();
    int firstDrop = -1;
    for (int i = 0; i < 10; i++) {
      Instant at = SPIKE.plusSeconds(20L * i);
      clock.set(at);
      List<Alert> now =
          engine.onScored(productScore("c_s" + i, at, -0.9, Channel.SOCIAL, "router"));
      if (firstDrop < 0 && now.stream().anyMatch(a -> a.kind() == AlertKind.TREND_DROP)) {
        firstDrop = i;
      }
      raised.addAll(now);
      engine.onScored(productScore("c_m" + i, at, 0.4, Channel.EMAIL, "modem"));
    }

    // Evaluated on every arriving score: the burst itself raises the alert, no batch job needed.
    assertThat(firstDrop).as("index of the spike message that raised the drop").isBetween(1, 5);
    Alert drop = only(raised, AlertKind.TREND_DROP);
    assertThat(drop.series()).isEqualTo(ROUTER);
    assertThat(drop.evidence().zScore()).isLessThanOrEqualTo(-3.0);
    assertThat(Duration.between(SPIKE, drop.raisedAt())).isLessThan(Duration.ofMinutes(2));
    assertThat(only(raised, AlertKind.NEGATIVE_SHARE).series()).isEqualTo(ROUTER);
    assertThat(raised).noneMatch(a -> a.series().equals(MODEM));
  }

  @Test
  void correctedScoresReplaceTheOnesInTheWindow() {
    feedBaseline();
    clock.set(SPIKE);
    // Nine complaints about the router are recorded, then staff correct all of them to positive.
    List<InteractionScore> recorded = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      InteractionScore score = productScore("c_s" + i, SPIKE, -0.9, Channel.SOCIAL, "router");
      engine.prime(score);
      recorded.add(score);
    }
    for (InteractionScore score : recorded) {
      engine.rescored(score, score.withScore(0.4));
    }

    List<Alert> raised =
        engine.onScored(productScore("c_s9", SPIKE, -0.9, Channel.SOCIAL, "router"));

    assertThat(raised).noneMatch(a -> a.kind() == AlertKind.TREND_DROP);
  }

  @Test
  void withoutCorrectionTheSameComplaintsRaiseTheDrop() {
    feedBaseline();
    clock.set(SPIKE);
    for (int i = 0; i < 9; i++) {
      engine.prime(productScore("c_s" + i, SPIKE, -0.9, Channel.SOCIAL, "router"));
    }

    List<Alert> raised =
        engine.onScored(productScore("c_s9", SPIKE, -0.9, Channel.SOCIAL, "router"));

    assertThat(only(raised, AlertKind.TREND_DROP).series()).isEqualTo(ROUTER);
  }

  @Test
  void rescoringNeedsTwoScoresOfOneInteraction() {
    InteractionScore a = productScore("c_a", START, -0.9, Channel.SOCIAL, "router");
    InteractionScore b = productScore("c_b", START, 0.4, Channel.SOCIAL, "router");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.rescored(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(a.interactionId());
  }

  @Test
  void negativeCountAlertsOnTheExactThreshold() {
    Instant t = SPIKE;
    for (int i = 0; i < 7; i++) {
      clock.set(t.plusSeconds(i));
      assertThat(
              engine.onScored(
                  productScore("c_n" + i, clock.instant(), -0.6, Channel.CHAT, "router")))
          .noneMatch(a -> a.kind() == AlertKind.NEGATIVE_COUNT);
    }
    clock.set(t.plusSeconds(7));

    List<Alert> raised =
        engine.onScored(productScore("c_n7", clock.instant(), -0.6, Channel.CHAT, "router"));

    Alert count = only(raised, AlertKind.NEGATIVE_COUNT);
    assertThat(count.series()).isEqualTo(ROUTER);
    assertThat(count.evidence().negatives()).isEqualTo(8);
    assertThat(count.level()).isEqualTo(Band.RED);
  }

  @Test
  void negativeProductTrendRequestsASurveyOfTheSegment() {
    for (int i = 0; i < 8; i++) {
      clock.set(SPIKE.plusSeconds(i));
      engine.onScored(productScore("c_v" + i, clock.instant(), -0.6, Channel.CHAT, "router"));
    }

    List<JsonNode> surveys =
        engine.pendingDeliveries().stream()
            .filter(d -> d.eventType().equals("survey.requested"))
            .map(d -> JsonMapper.builder().build().readTree(d.payload()))
            .toList();

    assertThat(surveys).hasSize(1);
    JsonNode segment = surveys.getFirst().path("segment");
    assertThat(segment.path("series").asString()).isEqualTo("product=router");
    assertThat(segment.path("count").asInt()).isEqualTo(8);
    assertThat(segment.path("negatives").asInt()).isEqualTo(8);
    assertThat(segment.path("windowStart").asString()).isEqualTo("2025-03-02T23:05:00Z");
    assertThat(segment.path("windowEnd").asString()).isEqualTo("2025-03-03T00:05:00Z");
  }

  @Test
  void tinyWindowsDoNotRaiseZScoreAlerts() {
    // 3 messages an hour, all neutral: the window never reaches min-count 10.
    for (int hour = 0; hour < 24 * 28; hour++) {
      for (int j = 0; j < 3; j++) {
        Instant at = START.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(20L * j));
        clock.set(at);
        engine.onScored(productScore("c_t" + j, at, 0.2, Channel.EMAIL, "router"));
      }
    }
    clock.set(SPIKE);

    List<Alert> raised =
        engine.onScored(productScore("c_t9", SPIKE, -0.9, Channel.EMAIL, "router"));

    assertThat(raised).noneMatch(a -> a.kind() == AlertKind.TREND_DROP);
    assertThat(raised).noneMatch(a -> a.kind() == AlertKind.NEGATIVE_SHARE);
  }

  /** Feeds four weeks of both products through the engine; returns every alert raised. */
  private List<Alert> feedBaseline() {
    List<Alert> raised = new ArrayList<>();
    for (int hour = 0; hour < 24 * 28; hour++) {
      double level = 0.35 + 0.1 * Math.sin(hour * 0.7);
      for (int j = 0; j < 12; j++) {
        Instant at = START.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(5L * j));
        double score = hour % 3 == 0 && j == 6 ? -0.6 : level + OFFSETS[j];
        clock.set(at);
        raised.addAll(engine.onScored(productScore("c_r" + j, at, score, Channel.EMAIL, "router")));
        raised.addAll(engine.onScored(productScore("c_m" + j, at, score, Channel.EMAIL, "modem")));
      }
    }
    return raised;
  }

  private static Alert only(List<Alert> alerts, AlertKind kind) {
    return alerts.stream()
        .filter(a -> a.kind() == kind)
        .reduce((a, b) -> {
          throw new AssertionError("more than one " + kind + " alert: " + a + ", " + b);
        })
        .orElseThrow(() -> new AssertionError("no " + kind + " alert in " + alerts));
  }
}
