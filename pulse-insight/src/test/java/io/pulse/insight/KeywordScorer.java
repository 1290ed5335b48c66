package io.pulse.insight;

import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test scorer: +0.8 for a text with a positive keyword only, -0.8 for negative only; records calls.
 */
final class KeywordScorer implements SentimentScorer {

  private static final List<String> GOOD =
      List.of("interesting", "great", "friendly", "love", "good", "bra", "flott", "fint");
  private static final List<String> BAD =
      List.of("forever", "terrible", "awful", "late", "broken", "elendig", "treg", "dårlig");

  final String version;
  final List<List<String>> calls = new ArrayList<>();
  volatile boolean failing;

  KeywordScorer(String version) {
    this.version = version;
  }

  @Override
  public synchronized List<SentimentScore> scoreAll(List<String> texts) {
    if (failing) {
      throw new IllegalStateException("model gone");
    }
    calls.add(List.copyOf(texts));
    return texts.stream().map(KeywordScorer::scoreOne).toList();
  }

  private static SentimentScore scoreOne(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean good = GOOD.stream().anyMatch(lower::contains);
    boolean bad = BAD.stream().anyMatch(lower::contains);
    float[] p =
        good && !bad
            ? new float[] {0.05f, 0.1f, 0.85f}
            : bad && !good ? new float[] {0.85f, 0.1f, 0.05f} : new float[] {0.2f, 0.6f, 0.2f};
    return SentimentScore.fromProbabilities(p, "x");
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public void close() {}
}
