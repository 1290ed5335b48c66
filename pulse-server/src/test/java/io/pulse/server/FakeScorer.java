package io.pulse.server;

import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deterministic, fast scorer for API tests: counts a few positive and negative words. Records how
 * many texts it scored and the last batch, so tests can tell single from batched scoring.
 */
public final class FakeScorer implements SentimentScorer {

  public static final String VERSION = "fake-1";
  public static final AtomicInteger CALLS = new AtomicInteger();

  /** While true every call throws, as a broken model would (fallback tests reset it). */
  public static final AtomicBoolean FAILING = new AtomicBoolean();

  private static final List<String> GOOD = List.of("good", "great", "thanks", "love", "excellent");
  private static final List<String> BAD = List.of("bad", "late", "terrible", "worst", "broken");

  /** Factory used by {@code @TestBean}. */
  public static SentimentScorer create() {
    return new FakeScorer();
  }

  @Override
  public List<SentimentScore> scoreAll(List<String> texts) {
    CALLS.incrementAndGet();
    if (FAILING.get()) {
      throw new IllegalStateException("fake model failure");
    }
    return texts.stream().map(FakeScorer::scoreOne).toList();
  }

  private static SentimentScore scoreOne(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long good = GOOD.stream().filter(lower::contains).count();
    long bad = BAD.stream().filter(lower::contains).count();
    float[] p;
    if (good > bad) {
      p = new float[] {0.1f, 0.2f, 0.7f};
    } else if (bad > good) {
      p = new float[] {0.8f, 0.15f, 0.05f};
    } else {
      p = new float[] {0.2f, 0.6f, 0.2f};
    }
    return SentimentScore.fromProbabilities(p, VERSION);
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public void close() {}
}
