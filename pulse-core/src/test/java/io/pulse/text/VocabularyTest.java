package io.pulse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary =
      Vocabulary.build(
          List.of(List.of("good", "flight"), List.of("good", "crew"), List.of("rare")), 2, 100);

  @Test
  void keepsTokensAtMinimumFrequencyAfterPadAndOov() {
    assertThat(vocabulary.tokens()).containsExactly("<pad>", "<oov>", "good");
  }

  @Test
  void unknownTokensMapToOov() {
    assertThat(vocabulary.id("rare")).isEqualTo(Vocabulary.OOV);
  }

  @Test
  void shortSequencesArePaddedAndLongOnesTruncated() {
    assertThat(vocabulary.encode(List.of("good"), 3))
        .containsExactly(2, Vocabulary.PAD, Vocabulary.PAD);
    assertThat(vocabulary.encode(List.of("good", "x", "good", "good"), 2))
        .containsExactly(2, Vocabulary.OOV);
  }

  @Test
  void roundTripsThroughItsTokenList() {
    assertThat(Vocabulary.of(vocabulary.tokens()).id("good")).isEqualTo(2);
    assertThatThrownBy(() -> Vocabulary.of(List.of("good")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<pad>");
  }
}
