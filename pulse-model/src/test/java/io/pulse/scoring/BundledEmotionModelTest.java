package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledEmotionModelTest {
  private static EmotionScorer scorer;

  @BeforeAll
  static void load() {
    scorer = Scoring.loadBundledEmotions();
  }

  @AfterAll
  static void close() {
    scorer.close();
  }

  private static Emotion dominant(String text) {
    return scorer.scoreAll(List.of(text)).getFirst().dominant();
  }

  @Test
  void angerIsIrritation() {
    assertThat(dominant("I am furious about the extra charges")).isEqualTo(Emotion.IRRITATION);
    assertThat(dominant("I'm so annoyed with your support")).isEqualTo(Emotion.IRRITATION);
    // Anger words next to a complaint ("rude") sit on the frustration/irritation border, which
    // docs/emotions.md calls the weakest split: this one is frustration 0.49 vs irritation 0.48.
    assertThat(dominant("This is so annoying, your agent was rude to me"))
        .isIn(Emotion.IRRITATION, Emotion.FRUSTRATION);
  }

  @Test
  void disappointmentIsFrustration() {
    assertThat(dominant("I am really disappointed with the service"))
        .isEqualTo(Emotion.FRUSTRATION);
  }

  @Test
  void eagernessIsEnthusiasm() {
    assertThat(dominant("I can't wait, this is wonderful")).isEqualTo(Emotion.ENTHUSIASM);
  }

  @Test
  void doubtIsUncertainty() {
    assertThat(dominant("I'm confused about which plan I should choose"))
        .isEqualTo(Emotion.UNCERTAINTY);
    assertThat(dominant("I am unsure whether the upgrade is worth it"))
        .isEqualTo(Emotion.UNCERTAINTY);
  }

  @Test
  void customerComplaintsAndPraiseCarryAnEmotion() {
    assertThat(dominant("The staff were rude and the flight was late"))
        .isEqualTo(Emotion.FRUSTRATION);
    assertThat(dominant("Why is nobody answering the phone? I have been on hold for 2 hours"))
        .isEqualTo(Emotion.FRUSTRATION);
    assertThat(dominant("Love this airline, best crew ever")).isEqualTo(Emotion.ENTHUSIASM);
    assertThat(dominant("Thank you, the new app is great")).isEqualTo(Emotion.ENTHUSIASM);
  }

  @Test
  void customerDoubtIsUncertaintyButTheSameRequestIsNot() {
    // phrasings not in datasets/customer-emotion (written apart from its templates)
    assertThat(dominant("Not sure which size to order, the chart is unclear"))
        .isEqualTo(Emotion.UNCERTAINTY);
    assertThat(dominant("I wonder whether my warranty is still valid after the repair"))
        .isEqualTo(Emotion.UNCERTAINTY);
    assertThat(dominant("Could you check if my payment arrived?")).isEqualTo(Emotion.NONE);
  }

  @Test
  void plainRequestHasNoEmotion() {
    assertThat(dominant("Please send me the invoice for order 4711")).isEqualTo(Emotion.NONE);
  }

  @Test
  void scoresCarryEveryEmotionAndTheVersion() {
    List<EmotionScores> scores = scorer.scoreAll(List.of("great", "", "lost my bag"));
    assertThat(scores).hasSize(3);
    for (EmotionScores score : scores) {
      assertThat(score.probabilities()).containsOnlyKeys(Emotion.values());
      assertThat(score.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(score.modelVersion())
          .isEqualTo(scorer.version())
          .startsWith("pulse-en-emotion-cnn-bilstm-");
    }
  }
}
