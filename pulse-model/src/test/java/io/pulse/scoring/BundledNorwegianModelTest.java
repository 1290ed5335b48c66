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
        .satisfies(a -> assertThat(a.phrase()).contains("fantastisk"))
        .satisfies(a -> assertThat(a.weight()).isPositive());
  }

  @Test
  void customerComplaintsAndIronyAreNegativeAndThanksArePositive() {
    assertThat(scorer.score("Jeg har ventet i to timer i telefonkø, og ingen svarer.").score())
        .isLessThan(-0.5);
    assertThat(scorer.score("Jeg er ikke fornøyd med svaret deres.").label())
        .isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(scorer.score("Strålende, nå er pakken forsinket igjen.").label())
        .isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(scorer.score("Tusen takk for god hjelp i dag!").score()).isGreaterThan(0.3);
  }

  @Test
  void readsLexiconTagsAndIsCalibrated() {
    try (SentimentModel model =
        SentimentModel.read(
            file -> Scoring.class.getResourceAsStream(Scoring.BUNDLED_NORWEGIAN + file),
            "bundled")) {
      assertThat(model.manifest().hyperparameters().lexiconTags()).isTrue();
      assertThat(model.manifest().temperature()).isNotNull();
    }
  }

  @Test
  void theNorwegianEmotionModelNamesEnthusiasmAndFrustration() {
    try (var emotions = Scoring.loadBundledEmotions(Language.NORWEGIAN)) {
      var scores =
          emotions.scoreAll(
              java.util.List.of(
                  "Tusen takk, dere er helt fantastiske!",
                  "Jeg har ventet i tre uker og er så lei av dette."));
      assertThat(scores.get(0).dominant()).isEqualTo(io.pulse.core.Emotion.ENTHUSIASM);
      assertThat(scores.get(1).dominant()).isEqualTo(io.pulse.core.Emotion.FRUSTRATION);
      assertThat(emotions.version()).startsWith("pulse-no-emotion-");
    }
  }
}
