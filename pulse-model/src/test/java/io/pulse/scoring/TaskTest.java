package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.core.Emotion;
import io.pulse.core.SentimentLabel;
import org.junit.jupiter.api.Test;

class TaskTest {

  @Test
  void emotionClassesFollowTheEmotionEnum() {
    assertThat(Task.EMOTION.classes())
        .containsExactly("none", "frustration", "enthusiasm", "uncertainty", "irritation");
    for (Emotion emotion : Emotion.values()) {
      assertThat(Task.EMOTION.classOf(emotion.wireName())).isEqualTo(emotion.ordinal());
    }
  }

  @Test
  void carerLabelsMapToPulseEmotions() {
    assertThat(Task.EMOTION.classOf("sadness")).isEqualTo(Emotion.FRUSTRATION.ordinal());
    assertThat(Task.EMOTION.classOf("anger")).isEqualTo(Emotion.IRRITATION.ordinal());
    assertThat(Task.EMOTION.classOf("fear")).isEqualTo(Emotion.UNCERTAINTY.ordinal());
    assertThat(Task.EMOTION.classOf("joy")).isEqualTo(Emotion.ENTHUSIASM.ordinal());
    assertThat(Task.EMOTION.classOf(" Love ")).isEqualTo(Emotion.ENTHUSIASM.ordinal());
    assertThat(Task.EMOTION.classOf("neutral")).isEqualTo(Emotion.NONE.ordinal());
  }

  @Test
  void surpriseIsSkippedAndSentimentLabelsAreWeakEmotionLabels() {
    assertThat(Task.EMOTION.classOf("surprise")).isEqualTo(-1);
    assertThat(Task.EMOTION.classOf("negative")).isEqualTo(Emotion.FRUSTRATION.ordinal());
    assertThat(Task.EMOTION.classOf("positive")).isEqualTo(Emotion.ENTHUSIASM.ordinal());
    assertThat(Task.EMOTION.classOf("neutral")).isEqualTo(Emotion.NONE.ordinal());
  }

  @Test
  void unknownLabelsAreNamed() {
    assertThatThrownBy(() -> Task.EMOTION.classOf("rage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 'rage'")
        .hasMessageContaining("frustration");
    assertThatThrownBy(() -> Task.SENTIMENT.classOf("good"))
        .hasMessage("label must be one of negative|neutral|positive, found 'good'");
  }

  @Test
  void sentimentClassesFollowTheLabelEnumAndMissingTaskMeansSentiment() {
    assertThat(Task.SENTIMENT.classOf("POSITIVE")).isEqualTo(SentimentLabel.POSITIVE.ordinal());
    assertThat(Task.parse(null)).isEqualTo(Task.SENTIMENT);
    assertThat(Task.parse("emotion")).isEqualTo(Task.EMOTION);
    assertThatThrownBy(() -> Task.parse("topic")).hasMessageContaining("found 'topic'");
  }
}
