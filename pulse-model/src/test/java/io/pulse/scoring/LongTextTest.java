package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongTextTest {

  /** One piece per word: enough to test the splitting without a tokenizer. */
  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  @Test
  void everyWindowStaysWithinTheLimitAndNoWordIsLost() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(30);
      for (int s = 0; s < sentences; s++) {
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 25);
        for (int w = 0; w < length; w++) {
          text.append("w").append(random.nextInt(1000)).append(' ');
        }
        text.append(random.nextBoolean() ? ". " : ".\n");
      }
      List<String> windows = LongText.windows(text.toString(), LongTextTest::words);

      assertThat(windows)
          .allSatisfy(w -> assertThat(words(w)).isLessThanOrEqualTo(LongText.WINDOW));
      assertThat(windows.stream().mapToInt(LongTextTest::words).sum())
          .isEqualTo(words(text.toString()));
    }
  }

  @Test
  void oneStrongNegativePassageMakesTheMessageNegative() {
    float[] polite = {0.05f, 0.75f, 0.20f};
    float[] complaint = {0.90f, 0.08f, 0.02f};

    float[] combined = LongText.combine(List.of(polite, complaint, polite), new int[] {60, 20, 60});

    assertThat(combined).containsExactly(complaint);
  }

  @Test
  void oneStrongPositivePassageAmongNeutralOnesMakesTheMessagePositive() {
    float[] polite = {0.05f, 0.80f, 0.15f};
    float[] praise = {0.03f, 0.12f, 0.85f};

    float[] combined = LongText.combine(List.of(polite, praise, polite), new int[] {60, 20, 60});

    assertThat(combined).containsExactly(praise);
  }

  @Test
  void strongPassagesOfBothSignsMakeAMixedMessageThatLeansNegative() {
    float[] praise = {0.02f, 0.08f, 0.90f};
    float[] complaint = {0.85f, 0.10f, 0.05f};

    float[] combined = LongText.combine(List.of(praise, complaint), new int[] {30, 30});

    // (2 x (0.05 - 0.85) + (0.90 - 0.02)) / 3 = -0.24: an orange band, not cancelled out
    assertThat(combined[2] - combined[0]).isBetween(-0.25f, -0.23f);
  }

  @Test
  void withoutStrongPassagesTheWindowsAreAveragedByLength() {
    float[] a = {0.1f, 0.8f, 0.1f};
    float[] b = {0.4f, 0.2f, 0.4f};

    float[] combined = LongText.combine(List.of(a, b), new int[] {30, 10});

    assertThat(combined[1]).isCloseTo(0.65f, org.assertj.core.data.Offset.offset(1e-5f));
  }
}
