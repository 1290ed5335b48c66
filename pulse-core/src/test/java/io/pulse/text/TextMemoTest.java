package io.pulse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextMemoTest {

  @Test
  void keepsShortTextsAndNeverLongOnes() {
    TextMemo<String> memo = new TextMemo<>(16, 10);
    memo.put("short", "S");
    memo.put("far too long a text", "L");
    assertThat(memo.get("short")).isEqualTo("S");
    assertThat(memo.get("far too long a text")).isNull();
    assertThat(memo.get("never put")).isNull();
  }

  @Test
  void aTextInTheSameSlotReplacesTheOlderOneWithoutMixingThemUp() {
    TextMemo<String> memo = new TextMemo<>(1, 100);
    memo.put("first", "1");
    memo.put("second", "2");
    assertThat(memo.get("first")).isNull();
    assertThat(memo.get("second")).isEqualTo("2");
  }

  @Test
  void slotCountMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new TextMemo<String>(1000, 10))
        .hasMessageContaining("power of two")
        .hasMessageContaining("1000");
  }

  @Test
  void pipelineTokensAreTheSameOnEveryCallAndTheCallerMayChangeThem() {
    TextPipeline pipeline = TextPipeline.builder().memoise(true).build();
    String text = "Delayed again @united, not happy :( http://t.co/x 4 hours";
    List<String> first = pipeline.tokens(text);
    first.add("changed by the caller");
    List<String> second = pipeline.tokens(text);
    assertThat(second).isEqualTo(first.subList(0, first.size() - 1));
    assertThat(pipeline.tokens(new String(text.toCharArray()))).isEqualTo(second);
  }

  @Test
  void memoisedResultsEqualFreshOnesForManyTexts() {
    TextPipeline pipeline = TextPipeline.builder().markNegation(true).memoise(true).build();
    Random random = new Random(7);
    String[] words = {"not", "good", "@delta", "#fail", ":)", "😡", "123", "wait", "&amp;", "!!"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(8); w >= 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      String t = text.toString();
      assertThat(pipeline.tokens(t)).isEqualTo(pipeline.tokens(t + " ").stream().toList());
    }
  }

  @Test
  void pipelinesOfTheSameSettingsAreOneInstance() {
    assertThat(TextPipeline.builder().stem(true).build())
        .isSameAs(TextPipeline.builder().stem(true).build())
        .isNotSameAs(TextPipeline.builder().build());
  }
}
