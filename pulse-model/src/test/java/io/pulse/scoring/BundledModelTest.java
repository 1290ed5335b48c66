package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledModelTest {
  private static SentimentScorer scorer;

  @BeforeAll
  static void load() {
    scorer = Scoring.loadBundled();
  }

  @AfterAll
  static void close() {
    scorer.close();
  }

  @Test
  void clearPraiseIsPositive() {
    SentimentScore score = scorer.score("I love this, thank you so much!");
    assertThat(score.label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(score.score()).isPositive();
  }

  @Test
  void clearComplaintIsNegative() {
    SentimentScore score = scorer.score("Worst service ever, my bag is lost and nobody helps");
    assertThat(score.label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(score.score()).isNegative();
  }

  @Test
  void matterOfFactRequestIsNotNegative() {
    assertThat(scorer.score("Please send me the invoice for order 4711").label())
        .isNotEqualTo(SentimentLabel.NEGATIVE);
    assertThat(scorer.score("The meeting is moved to Thursday at 10:00.").label())
        .isEqualTo(SentimentLabel.NEUTRAL);
  }

  @Test
  void scoresCarryProbabilitiesAndVersion() {
    List<SentimentScore> scores = scorer.scoreAll(List.of("great crew", "", "lost my bag"));
    assertThat(scores).hasSize(3);
    for (SentimentScore score : scores) {
      assertThat(score.negative() + score.neutral() + score.positive()).isCloseTo(1.0, within());
      assertThat(score.modelVersion()).isEqualTo(scorer.version()).startsWith("pulse-en-");
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-4);
  }
}
