package io.pulse.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How much work the pre-checks save on the bundled airline tweets and business messages: prints the
 * share of detector runs they skip, per detector and in all. With {@code
 * -Dpulse.redaction.timing=true} it also prints the single-thread redaction cost per message with
 * and without the pre-checks and speed-ups (median of several rounds; a rough figure, not a
 * benchmark).
 */
class PreCheckSkipRatioTest {

  @Test
  void preChecksSkipMostDetectorRunsOnTweets() {
    assertThat(skipRatio("airline tweets", RedactionInputs.airlineTweets())).isGreaterThan(0.5);
  }

  @Test
  void preChecksSkipMostDetectorRunsOnBusinessMessages() {
    assertThat(skipRatio("business messages", RedactionInputs.businessMessages()))
        .isGreaterThan(0.5);
  }

  @Test
  @EnabledIfSystemProperty(named = "pulse.redaction.timing", matches = "true")
  void printRedactionCostPerMessage() {
    List<String> texts = new ArrayList<>(RedactionInputs.airlineTweets());
    texts.addAll(RedactionInputs.businessMessages());
    Redactor after = Redactor.standard();
    Redactor before = new Redactor(PreCheckDifferentialTest.baselineDetectors());
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      nanosPerMessage(before, texts);
      nanosPerMessage(after, texts);
    }
    long[] beforeRounds = new long[7];
    long[] afterRounds = new long[7];
    for (int round = 0; round < beforeRounds.length; round++) {
      beforeRounds[round] = nanosPerMessage(before, texts);
      afterRounds[round] = nanosPerMessage(after, texts);
    }
    System.out.printf(
        "redaction ns/message over %d messages, median of %d rounds: before %d, after %d%n",
        texts.size(), beforeRounds.length, median(beforeRounds), median(afterRounds));
  }

  private static double skipRatio(String name, List<String> texts) {
    List<PiiDetector> detectors = Redactor.standardDetectors();
    int[] skipped = new int[detectors.size()];
    for (String text : texts) {
      TextFacts facts = TextFacts.of(text);
      for (int i = 0; i < detectors.size(); i++) {
        if (!detectors.get(i).mayFind(facts)) {
          skipped[i]++;
        }
      }
    }
    StringBuilder report = new StringBuilder();
    long total = 0;
    for (int i = 0; i < detectors.size(); i++) {
      total += skipped[i];
      report.append(
          String.format(
              "%n  %-22s %5.1f%%",
              detectors.get(i).getClass().getSimpleName(), 100.0 * skipped[i] / texts.size()));
    }
    double ratio = (double) total / ((long) texts.size() * detectors.size());
    System.out.printf(
        "pre-checks skip %.1f%% of %d detector runs on %d %s:%s%n",
        100 * ratio, (long) texts.size() * detectors.size(), texts.size(), name, report);
    return ratio;
  }

  private static long nanosPerMessage(Redactor redactor, List<String> texts) {
    long start = System.nanoTime();
    int spans = 0;
    for (String text : texts) {
      spans += redactor.redact(text).spans().size();
    }
    long elapsed = System.nanoTime() - start;
    assertThat(spans).isNotNegative();
    return elapsed / texts.size();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
