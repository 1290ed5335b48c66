package io.pulse.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A three-day fixture whose alerts are counted by hand (defaults, except: negative-count 3,
 * aggregate-min-count 3, trend only for products):
 *
 * <pre>
 * day 1  09:00 c_a -0.6 email       RED    NEGATIVE_INTERACTION c_a
 *        10:00 c_a -0.3 chat        (orange, same customer within the 6 h cooldown)
 *        11:00 c_b  0.8 review      GREEN  SUCCESS_STORY c_b
 *        12:00 c_b  0.5 review      (not above 0.5)
 *        16:00 c_a -0.9 ticket      RED    NEGATIVE_INTERACTION c_a (cooldown over at 15:00)
 *                                   RED    AGGREGATE_BAND customer=c_a (3 in window, mean -0.6)
 * day 2  08:00 c_c -0.25 call       ORANGE NEGATIVE_INTERACTION c_c
 *        13:00 c_d -0.7 social p1   RED    NEGATIVE_INTERACTION c_d
 *        13:10 c_e -0.7 social p1   RED    NEGATIVE_INTERACTION c_e
 *        13:20 c_f -0.7 social p1   RED    NEGATIVE_INTERACTION c_f
 *                                   RED    AGGREGATE_BAND product=p1, channel=social
 *                                   RED    NEGATIVE_COUNT product=p1 (+ survey request)
 *        13:30 c_g -0.7 social p1   RED    NEGATIVE_INTERACTION c_g (series alerts cooling down)
 * day 3  10:00 c_h  0.0 note        nothing
 * </pre>
 */
class CalibrationTest {

  private static final AlertConfig CONFIG =
      AlertConfig.fromProperties(
          Map.of(
              "alerts.trend.negative-count", "3",
              "alerts.trend.aggregate-min-count", "3",
              "alerts.trend.dimensions", "product"));

  private static final List<InteractionScore> HISTORY =
      List.of(
          s("2025-03-05T10:00:00Z", "c_h", 0.0, Channel.NOTE, null), // order does not matter
          s("2025-03-03T09:00:00Z", "c_a", -0.6, Channel.EMAIL, null),
          s("2025-03-03T10:00:00Z", "c_a", -0.3, Channel.CHAT, null),
          s("2025-03-03T11:00:00Z", "c_b", 0.8, Channel.REVIEW, null),
          s("2025-03-03T12:00:00Z", "c_b", 0.5, Channel.REVIEW, null),
          s("2025-03-03T16:00:00Z", "c_a", -0.9, Channel.TICKET, null),
          s("2025-03-04T08:00:00Z", "c_c", -0.25, Channel.CALL, null),
          s("2025-03-04T13:00:00Z", "c_d", -0.7, Channel.SOCIAL, "p1"),
          s("2025-03-04T13:10:00Z", "c_e", -0.7, Channel.SOCIAL, "p1"),
          s("2025-03-04T13:20:00Z", "c_f", -0.7, Channel.SOCIAL, "p1"),
          s("2025-03-04T13:30:00Z", "c_g", -0.7, Channel.SOCIAL, "p1"));

  @Test
  void replayCountsAlertsPerDayLevelAndKind() {
    CalibrationReport report = AlertEngine.calibrate(CONFIG, HISTORY, ZoneOffset.UTC);

    assertThat(report.firstDay()).isEqualTo(LocalDate.parse("2025-03-03"));
    assertThat(report.lastDay()).isEqualTo(LocalDate.parse("2025-03-05"));
    assertThat(report.days()).extracting(DailyAlertCount::total).containsExactly(4, 8, 0);
    DailyAlertCount day1 = report.days().get(0);
    assertThat(day1.byLevel())
        .isEqualTo(Map.of(Band.RED, 3, Band.ORANGE, 0, Band.YELLOW, 0, Band.GREEN, 1));
    DailyAlertCount day2 = report.days().get(1);
    assertThat(day2.byLevel())
        .isEqualTo(Map.of(Band.RED, 7, Band.ORANGE, 1, Band.YELLOW, 0, Band.GREEN, 0));
    assertThat(day2.byKind())
        .containsEntry(AlertKind.NEGATIVE_INTERACTION, 5)
        .containsEntry(AlertKind.AGGREGATE_BAND, 2)
        .containsEntry(AlertKind.NEGATIVE_COUNT, 1);
    assertThat(report.totalByKind())
        .isEqualTo(
            Map.of(
                AlertKind.NEGATIVE_INTERACTION, 7,
                AlertKind.SUCCESS_STORY, 1,
                AlertKind.AGGREGATE_BAND, 3,
                AlertKind.NEGATIVE_COUNT, 1,
                AlertKind.TREND_DROP, 0,
                AlertKind.NEGATIVE_SHARE, 0,
                // conversations are not replayed: their turns' roles are not in the history
                AlertKind.CONVERSATION_ESCALATING, 0));
    assertThat(report.surveyRequests()).isEqualTo(1);
    assertThat(report.perDay(Band.RED)).isEqualTo(10.0 / 3);
  }

  @Test
  void longerCooldownMeansFewerAlerts() {
    AlertConfig quiet =
        AlertConfig.fromProperties(
            Map.of(
                "alerts.trend.negative-count", "3",
                "alerts.trend.aggregate-min-count", "3",
                "alerts.trend.dimensions", "product",
                "alerts.cooldown", "PT12H"));

    CalibrationReport report = AlertEngine.calibrate(quiet, HISTORY, ZoneOffset.UTC);

    // c_a's second red alert at 16:00 now falls inside the cooldown.
    assertThat(report.totalByLevel().get(Band.RED)).isEqualTo(9);
    assertThat(report.totalByKind().get(AlertKind.NEGATIVE_INTERACTION)).isEqualTo(6);
  }

  @Test
  void emptyHistoryGivesAnEmptyReport() {
    CalibrationReport report = AlertEngine.calibrate(CONFIG, List.of(), ZoneOffset.UTC);

    assertThat(report.days()).isEmpty();
    assertThat(report.perDay(Band.RED)).isZero();
  }

  private static InteractionScore s(
      String at, String customer, double score, Channel channel, String product) {
    return new InteractionScore(
        "h-" + at, Instant.parse(at), score, customer, channel, product, List.of());
  }
}
