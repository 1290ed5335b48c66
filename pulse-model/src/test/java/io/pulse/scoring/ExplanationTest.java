package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScorer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static SentimentScorer scorer;

  /** The occlusion mechanics, on the fast model (its weights are sharper to assert on). */
  @BeforeAll
  static void load() {
    scorer = Scoring.loadBundled("fast");
  }

  @AfterAll
  static void close() {
    scorer.close();
  }

  @Test
  void complaintNamesItsNegativeWordsWithNegativeWeight() {
    List<Attribution> why = scorer.explain("the staff were rude and the flight was late", 3);

    Map<String, Double> weights =
        why.stream().collect(Collectors.toMap(Attribution::phrase, Attribution::weight));
    assertThat(weights).containsKeys("rude", "late");
    assertThat(weights.get("rude")).isNegative();
    assertThat(weights.get("late")).isNegative();
  }

  @Test
  void praiseNamesItsPositiveWordWithPositiveWeight() {
    List<Attribution> why = scorer.explain("The crew was wonderful today.", 2);

    assertThat(why).isNotEmpty();
    assertThat(why.getFirst().phrase()).isEqualTo("wonderful");
    assertThat(why.getFirst().weight()).isPositive();
  }

  @Test
  void phrasesAreQuotedFromTheTextStrongestFirstAndAtMostLimit() {
    String text = "Thanks a lot!! The seats were AWFUL, the food was cold @united http://x.co/1";
    List<Attribution> why = scorer.explain(text, 4);

    assertThat(why).hasSizeLessThanOrEqualTo(4).isNotEmpty();
    for (Attribution a : why) {
      assertThat(text).contains(a.phrase());
      assertThat(a.phrase()).doesNotContain("@", "http", "!", ",");
    }
    List<Double> strengths = why.stream().map(a -> Math.abs(a.weight())).toList();
    assertThat(strengths).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(scorer.explain(text, 1)).hasSize(1);
  }

  @Test
  void nothingToExplainGivesAnEmptyList() {
    assertThat(scorer.explain("", 3)).isEmpty();
    assertThat(scorer.explain("!!! ...", 3)).isEmpty();
    assertThat(scorer.explain("the flight was late", 0)).isEmpty();
  }

  @Test
  void wordsSkipLinksMentionsAndAddressesAndStripPunctuation() {
    String text = "(late!) @delta see https://t.co/x or mail a@b.com, “rude”";
    List<String> words =
        Occlusion.words(text).stream().map(s -> text.substring(s.start(), s.end())).toList();

    assertThat(words).containsExactly("late", "see", "or", "mail", "rude");
  }
}
