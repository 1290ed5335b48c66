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

  @Test
  void defaultIsTheAccurateModelAndTheFastOneIsBundledToo() {
    assertThat(scorer.version()).startsWith("pulse-en-minilm-cnn-bilstm-");
    try (SentimentScorer fast = Scoring.loadBundled("fast")) {
      assertThat(fast.version()).startsWith("pulse-en-cnn-bilstm-");
      assertThat(fast.score("Worst service ever, my bag is lost").label())
          .isEqualTo(SentimentLabel.NEGATIVE);
    }
  }

  @Test
  void explanationNamesTheComplaintWordFirst() {
    var why = scorer.explain("the staff were rude and the flight was late", 3);

    assertThat(why).isNotEmpty();
    assertThat(why.getFirst().phrase()).containsAnyOf("rude", "late");
    assertThat(why.getFirst().weight()).isNegative();
  }

  @Test
  void politeEmailWithOneAngryPassageIsNegative() {
    String email =
        "Hello, I hope you are well and that your week has started nicely. I am writing about the"
            + " order I placed with you at the beginning of last month, reference 55120, for our"
            + " office in Bergen, and I have attached the invoice and the delivery note for your"
            + " records as your colleague asked. Your service is terrible, nothing arrived, nobody"
            + " answers the phone and I hate dealing with you. Kind regards, Jordan Miller,"
            + " Operations, Contoso Ltd.";

    SentimentScore score = scorer.score(email);

    assertThat(score.label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(score.score()).isLessThan(-0.2); // orange or red: it raises an alert
  }

  @Test
  void veryLongMessageIsScoredWholeNotCut() {
    String filler = "We discussed the schedule for the next quarter in the weekly meeting. ";
    String angry = "The delivery was a disaster and your support ignored me for two weeks. ";
    String text = filler.repeat(60) + angry + filler.repeat(5);

    SentimentScore score = scorer.score(text);

    assertThat(score.label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(scorer.score(filler.repeat(65)).label()).isNotEqualTo(SentimentLabel.NEGATIVE);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-4);
  }
}
