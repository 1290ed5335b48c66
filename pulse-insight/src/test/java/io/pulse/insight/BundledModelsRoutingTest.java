package io.pulse.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Emotion;
import io.pulse.core.SentimentLabel;
import io.pulse.scoring.Scoring;
import io.pulse.text.Language;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer with the models Pulse ships: routing, mixed clauses and emotions end to end. */
class BundledModelsRoutingTest {

  private static MessageAnalyzer analyzer;

  @BeforeAll
  static void loadBundledModels() {
    analyzer =
        MessageAnalyzer.builder()
            .english(Scoring.loadBundled())
            .norwegian(Scoring.loadBundled(Language.NORWEGIAN))
            .emotions(Scoring.loadBundledEmotions())
            .build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  @Test
  void englishGoesToTheEnglishModelNorwegianToTheNorwegianModelAndGermanStaysUnscored() {
    List<Analysis> all =
        analyzer.analyzeAll(
            List.of(
                new Message("The staff were rude and my bag is still lost, terrible service", null),
                new Message("Dette er den beste telefonen jeg har hatt, helt fantastisk!", null),
                new Message(
                    "Der Kundendienst war sehr unfreundlich und hat mir nicht geholfen", null)));

    assertThat(all.get(0).language()).isEqualTo("en");
    assertThat(all.get(0).score().modelVersion()).startsWith("pulse-en-");
    assertThat(all.get(0).score().label()).isEqualTo(SentimentLabel.NEGATIVE);

    assertThat(all.get(1).language()).isEqualTo("no");
    assertThat(all.get(1).score().modelVersion()).startsWith("pulse-no-");
    assertThat(all.get(1).score().label()).isEqualTo(SentimentLabel.POSITIVE);

    assertThat(all.get(2).language()).isEqualTo("de");
    assertThat(all.get(2).status()).isEqualTo(Analysis.Status.UNSCORED);
    assertThat(all.get(2).unscoredReason()).isEqualTo("unsupported language");
    assertThat(all.get(2).score()).isNull();
  }

  @Test
  void goodButSlowIsMixedWithBothPartsScoredByTheModel() {
    Analysis a =
        analyzer.analyze(
            new Message(
                "The product is really great, but your support is terrible and useless", "en"));
    assertThat(a.mixed()).isTrue();
    assertThat(a.parts()).hasSize(2);
    assertThat(a.parts().get(0).score()).isGreaterThan(0.5);
    assertThat(a.parts().get(1).score()).isLessThan(-0.5);
  }

  @Test
  void emotionsComeFromTheBundledEmotionModel() {
    Analysis a = analyzer.analyze(new Message("I am furious about the extra charges", "en"));
    assertThat(a.emotions()).isNotNull();
    assertThat(a.emotions().dominant()).isEqualTo(Emotion.IRRITATION);
  }
}
