package io.pulse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextMemoTest {

  private static final String[] FRAGMENTS = {
    "not",
    "good",
    "@delta",
    "#fail",
    ":)",
    "😡",
    "123",
    "4.5",
    "wait",
    "&amp;",
    "!!",
    "?",
    "Never",
    "www.x.no",
    "soooo",
    "ikke",
    "bra",
    "don't",
    "late,",
    "again."
  };

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
    second.add("changed again");
    assertThat(pipeline.tokens(new String(text.toCharArray()))).isEqualTo(pipeline.tokenize(text));
  }

  @Test
  void memoisedResultsEqualUnmemoisedOnesForEverySetting() {
    Random random = new Random(7);
    List<TextPipeline> pipelines = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      pipelines.add(
          TextPipeline.builder()
              .language((bits & 1) == 0 ? Language.ENGLISH : Language.NORWEGIAN)
              .removeStopWords((bits & 2) != 0)
              .stem((bits & 4) != 0)
              .markNegation((bits & 8) != 0)
              .numbersAsToken((bits & 16) != 0)
              .memoise(true)
              .build());
    }
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      // Every pipeline in turn, so a memo shared by mistake between settings answers wrongly.
      for (TextPipeline pipeline : pipelines) {
        assertThat(pipeline.tokens(text))
            .as(pipeline.describe())
            .isEqualTo(pipeline.tokenize(text));
        assertThat(pipeline.clean(text))
            .as(pipeline.describe())
            .isEqualTo(TextCleaner.cleanNow(text, pipeline.describe().endsWith("=true")));
      }
    }
  }

  @Test
  void threadsSharingTheMemoGetFreshResults() throws Exception {
    TextPipeline pipeline = TextPipeline.builder().markNegation(true).memoise(true).build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> checks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t % 2; // two pairs of threads run over the same texts
        checks.add(
            pool.submit(() -> {
              Random random = new Random(seed);
              int checked = 0;
              for (int i = 0; i < 5_000; i++) {
                String text = randomText(random);
                assertThat(pipeline.tokens(text)).isEqualTo(pipeline.tokenize(text));
                checked++;
              }
              return checked;
            }));
      }
      for (Future<Integer> check : checks) {
        assertThat(check.get()).isEqualTo(5_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pipelinesOfTheSameSettingsAreOneInstance() {
    assertThat(TextPipeline.builder().stem(true).build())
        .isSameAs(TextPipeline.builder().stem(true).build())
        .isNotSameAs(TextPipeline.builder().build())
        .isNotSameAs(TextPipeline.builder().stem(true).memoise(true).build());
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int w = random.nextInt(10); w >= 0; w--) {
      text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(' ');
    }
    return text.toString();
  }
}
