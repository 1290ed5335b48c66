package io.pulse.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconScorerTest {

  private static final SentimentScorer ENGLISH = ResilientScorer.lexicon(Language.ENGLISH);
  private static final SentimentScorer NORWEGIAN = ResilientScorer.lexicon(Language.NORWEGIAN);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Great service, thank you so much! | positive",
        "The flight was delayed and the staff were rude | negative",
        "The food was not good | negative",
        "No problems at all with the delivery | positive",
        "It wasn't bad | positive",
        "Please send me the invoice for March | neutral",
        "Deliveries keep failing | negative",
      })
  void englishWordsAndNegationsDecideTheLabel(String text, String label) {
    assertThat(ENGLISH.score(text).label()).as(text).isEqualTo(SentimentLabel.parse(label));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tusen takk, kjempefin og rask hjelp | positive",
        "Kundeservice var elendig og veldig treg | negative",
        "Maten var ikke bra | negative",
        "Ingen problemer med leveringen | positive",
      })
  void norwegianWordsAndNegationsDecideTheLabel(String text, String label) {
    assertThat(NORWEGIAN.score(text).label()).as(text).isEqualTo(SentimentLabel.parse(label));
  }

  @Test
  void scoresAreProbabilitiesWithTheLexiconVersion() {
    var s = ENGLISH.score("terrible awful horrible worst");
    assertThat(s.negative() + s.neutral() + s.positive()).isCloseTo(1.0, within());
    assertThat(s.score()).isBetween(-1.0, -0.5);
    assertThat(s.modelVersion()).isEqualTo("lexicon-1");
  }

  @Test
  void explainsWithTheWordsThatCounted() {
    assertThat(ENGLISH.explain("Not good, and the app is terrible", 5))
        .extracting(a -> a.phrase())
        .containsExactly("terrible", "not good");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
