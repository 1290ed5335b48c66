package io.pulse.analytics;

import static io.pulse.analytics.SentimentJoinsTest.said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentKpisTest {

  @Test
  void monthlyMeanAndChangeFromThePreviousMonth() {
    List<PeriodSentiment> periods =
        Analytics.sentimentByPeriod(SentimentJoinsTest.SAID, Granularity.MONTH, ZoneOffset.UTC);

    assertThat(periods)
        .extracting(PeriodSentiment::periodStart, PeriodSentiment::observations)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 1), 3),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 5, 1), 2),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 1), 5));
    assertThat(periods.get(0).mean()).isCloseTo(0.6, within(1e-12));
    assertThat(periods.get(0).change()).isNull();
    assertThat(periods.get(1).change()).isCloseTo(-0.6, within(1e-12));
    assertThat(periods.get(2).mean()).isCloseTo(-0.4, within(1e-12));
    assertThat(periods.get(2).change()).isCloseTo(-0.4, within(1e-12));
  }

  @Test
  void weeksStartOnMonday() {
    assertThat(Granularity.WEEK.periodStart(LocalDate.of(2024, 6, 30)))
        .isEqualTo(LocalDate.of(2024, 6, 24));
  }

  @Test
  void responseTimeMedianAndP90InterpolateLinearly() {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    List<AlertRecord> alerts =
        List.of(
            new AlertRecord("a1", t0, t0.plus(Duration.ofMinutes(30))),
            new AlertRecord("a2", t0, t0.plus(Duration.ofMinutes(10))),
            new AlertRecord("a3", t0, null),
            new AlertRecord("a4", t0, t0.plus(Duration.ofMinutes(100))),
            new AlertRecord("a5", t0, t0.plus(Duration.ofMinutes(20))),
            new AlertRecord("a6", t0, t0.plus(Duration.ofMinutes(40))));

    ResponseTimes times = Analytics.alertResponseTimes(alerts);

    assertThat(times)
        .isEqualTo(new ResponseTimes(6, 5, Duration.ofMinutes(30), Duration.ofMinutes(76)));
  }

  @Test
  void noAcknowledgementGivesNoPercentiles() {
    Instant t0 = Instant.EPOCH;
    assertThat(Analytics.alertResponseTimes(List.of(new AlertRecord("a", t0, null))))
        .isEqualTo(new ResponseTimes(1, 0, null, null));
  }

  @Test
  void acknowledgementBeforeTheAlertIsRejectedNamingIt() {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    assertThatThrownBy(() -> new AlertRecord("a7", t0, t0.minusSeconds(1)))
        .hasMessageStartingWith("alert a7: acknowledged");
  }

  @Test
  void shareOfCustomersGoingFromNegativeToPositive() {
    List<SentimentObservation> said =
        List.of(
            said("u1", "2024-01-03", -0.5),
            said("u1", "2024-03-03", 0.4),
            said("u2", "2024-01-03", -0.2),
            said("u2", "2024-02-03", -0.1),
            said("u3", "2024-01-03", 0.3),
            said("u3", "2024-02-03", -0.3),
            said("u4", "2024-01-09", -0.9));

    SentimentShift shift = Analytics.negativeToPositive(said, Granularity.MONTH, ZoneOffset.UTC);

    assertThat(shift).isEqualTo(new SentimentShift(3, 2, 1, 0.5));
  }
}
