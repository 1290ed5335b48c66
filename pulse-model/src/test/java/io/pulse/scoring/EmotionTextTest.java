package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmotionTextTest {

  @Test
  void dropsTheFeelOpenerThatMarksEveryCarerText() {
    assertThat(EmotionText.carer("i feel so frustrated nothing works"))
        .isEqualTo("so frustrated nothing works");
    assertThat(EmotionText.carer("im feeling grouchy")).isEqualTo("grouchy");
    assertThat(EmotionText.carer("ive been feeling a little burdened lately"))
        .isEqualTo("a little burdened lately");
  }

  @Test
  void restoresContractionsAsCustomersWriteThem() {
    assertThat(EmotionText.carer("im sure i didnt order it and i cant wait"))
        .isEqualTo("i'm sure i didn't order it and i can't wait");
    assertThat(EmotionText.carer("the illness is important")).isEqualTo("the illness is important");
  }

  @Test
  void otherRowsLoseLinksMentionsAndPunctuationLikeCarer() {
    assertThat(EmotionText.other("@united Is flight 12 on time?! See https://t.co/x :) I'm here"))
        .isEqualTo("Is flight on time See I'm here");
  }
}
