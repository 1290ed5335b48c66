package io.pulse.feedback;

import static io.pulse.core.SentimentLabel.NEGATIVE;
import static io.pulse.core.SentimentLabel.NEUTRAL;
import static io.pulse.core.SentimentLabel.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pulse.core.SentimentLabel;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static ReviewStore.Reviewed answer(
      SentimentLabel model, SentimentLabel reviewer, double p, String at) {
    return new ReviewStore.Reviewed(model, reviewer, p, OffsetDateTime.parse(at));
  }

  @Test
  void weightsAnswersByInverseSamplingProbabilityAndCountsTheConfusion() {
    List<ReviewStore.Reviewed> answers =
        List.of(
            answer(NEGATIVE, NEGATIVE, 0.05, "2026-11-16T10:00:00Z"),
            answer(POSITIVE, POSITIVE, 0.05, "2026-11-17T10:00:00Z"),
            answer(NEGATIVE, NEUTRAL, 0.20, "2026-11-23T10:00:00Z"),
            answer(NEUTRAL, NEUTRAL, 0.10, "2026-11-24T10:00:00Z"));

    Agreement agreement = Agreement.of(answers);

    // weights 20, 20, 5, 10: correct 50 of 55
    assertThat(agreement.overall().n()).isEqualTo(4);
    assertThat(agreement.overall().accuracy()).isCloseTo(50.0 / 55, within(1e-12));
    assertThat(agreement.overall().sampleAccuracy()).isEqualTo(0.75);
    assertThat(agreement.overall().confusion())
        .isEqualTo(new int[][] {{1, 0, 0}, {1, 1, 0}, {0, 0, 1}});
    // weighted F1: negative p=20/25 r=1 -> 0.888..; neutral p=1 r=10/15 -> 0.8; positive 1
    assertThat(agreement.overall().macroF1())
        .isCloseTo((2 * 0.8 / 1.8 + 2 * (2.0 / 3) / (5.0 / 3) + 1) / 3, within(1e-12));
    assertThat(agreement.series())
        .extracting(Agreement.Period::period)
        .containsExactly("2026-W47", "2026-W48");
    assertThat(agreement.series().get(1).n()).isEqualTo(2);
    assertThat(agreement.series().get(1).accuracy()).isCloseTo(10.0 / 15, within(1e-12));
  }

  @Test
  void noAnswersGiveEmptyFigures() {
    Agreement agreement = Agreement.of(List.of());
    assertThat(agreement.overall().n()).isZero();
    assertThat(agreement.overall().accuracy()).isNull();
    assertThat(agreement.series()).isEmpty();
  }
}
