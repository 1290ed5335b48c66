package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledNorwegianModelTest {
  private static SentimentScorer scorer;

  @BeforeAll
  static void load() {
    scorer = Scoring.loadBundled(Language.NORWEGIAN);
  }

  @AfterAll
  static void close() {
    scorer.close();
  }

  @Test
  void clearNorwegianPraiseIsPositive() {
    SentimentScore score = scorer.score("Dette er en fantastisk film, jeg elsker den!");
    assertThat(score.label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(score.score()).isPositive();
  }

  @Test
  void clearNorwegianComplaintIsNegative() {
    SentimentScore score = scorer.score("Filmen er kjedelig og altfor lang.");
    assertThat(score.label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(score.score()).isNegative();
  }

  @Test
  void isTheNorwegianModelAndExplainsInNorwegian() {
    assertThat(scorer.version()).startsWith("pulse-no-cnn-bilstm-");
    try (SentimentScorer english = Scoring.loadBundled(Language.ENGLISH)) {
      assertThat(english.version()).startsWith("pulse-en-minilm-cnn-bilstm-");
    }
    assertThat(scorer.explain("Dette er en fantastisk film, jeg elsker den!", 1))
        .singleElement()
        .satisfies(a -> assertThat(a.phrase()).isEqualTo("fantastisk"))
        .satisfies(a -> assertThat(a.weight()).isPositive());
  }
}
