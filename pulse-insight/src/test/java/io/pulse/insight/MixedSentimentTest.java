package io.pulse.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentLabel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MixedSentimentTest {

  private static final KeywordScorer ENGLISH = new KeywordScorer("en-1");
  private static final KeywordScorer NORWEGIAN = new KeywordScorer("no-1");
  private static final MessageAnalyzer ANALYZER =
      MessageAnalyzer.builder().english(ENGLISH).norwegian(NORWEGIAN).build();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The product is interesting, but support takes forever",
        "Great product, however the delivery was terrible.",
        "Although the staff were friendly, the queue was awful.",
        "I love the new app. The checkout is broken though!",
        "The new phone is great; the battery is terrible",
      })
  void contrastingClausesAreMixedWithBothPartsScored(String text) {
    Analysis a = ANALYZER.analyze(new Message(text, "en"));
    assertThat(a.mixed()).as(text).isTrue();
    assertThat(a.parts()).hasSize(2);
    assertThat(a.parts())
        .anySatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.5))
        .anySatisfy(p -> assertThat(p.score()).isLessThanOrEqualTo(-0.5));
    assertThat(a.parts().stream().map(Analysis.Part::label))
        .containsExactlyInAnyOrder(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE);
    assertThat(text).contains(a.parts().get(0).text()).contains(a.parts().get(1).text());
  }

  @Test
  void theCanonicalExampleKeepsItsPartsInTextOrder() {
    Analysis a =
        ANALYZER.analyze(
            new Message("The product is interesting, but support takes forever", null));
    assertThat(a.parts().get(0).text()).isEqualTo("The product is interesting,");
    assertThat(a.parts().get(1).text()).isEqualTo("but support takes forever");
  }

  @Test
  void norwegianContrastWithMenIsMixed() {
    Analysis a =
        ANALYZER.analyze(
            new Message("Produktet er veldig bra, men kundeservicen var helt elendig i dag", "no"));
    assertThat(a.language()).isEqualTo("no");
    assertThat(a.mixed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Great product and a great team behind it",
        "The delivery was late. The phone arrived broken.",
        "The delivery was late, but the box was fine",
        "It works.",
      })
  void messagesWithoutStrongOppositePartsAreNotMixed(String text) {
    Analysis a = ANALYZER.analyze(new Message(text, "en"));
    assertThat(a.mixed()).as(text).isFalse();
    assertThat(a.parts()).isEmpty();
  }

  @Test
  void theThresholdIsConfigurable() {
    try (MessageAnalyzer strict =
        MessageAnalyzer.builder().english(ENGLISH).mixedThreshold(0.9).build()) {
      assertThat(
              strict
                  .analyze(
                      new Message("The product is interesting, but support takes forever", null))
                  .mixed())
          .isFalse();
    }
  }

  @Test
  void clausesOfABatchAreScoredInTheSameModelCallAsTheMessages() {
    ENGLISH.calls.clear();
    List<Analysis> all =
        ANALYZER.analyzeAll(
            List.of(
                new Message("Great product, however the delivery was terrible.", "en"),
                new Message("The delivery was late and nobody answered my e-mails", "en"),
                new Message("I love the new app. The checkout is broken though!", "en")));
    assertThat(all).extracting(Analysis::mixed).containsExactly(true, false, true);
    assertThat(ENGLISH.calls).hasSize(1);
    assertThat(ENGLISH.calls.getFirst()).hasSize(3 + 2 + 2);
  }
}
