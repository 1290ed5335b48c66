package io.pulse.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import io.pulse.fallback.ResilientScorer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageAnalyzerTest {

  private static final String ENGLISH = "The support team was great and solved my billing problem";
  private static final String NORWEGIAN =
      "Kundeservicen var veldig hjelpsom, og fakturaen ble rettet samme dag";
  private static final String GERMAN =
      "Der Kundendienst war sehr freundlich und hat mir schnell geholfen";
  private static final String SPANISH =
      "El servicio al cliente fue muy amable y resolvió mi problema rápidamente";

  @Test
  void routesEnglishAndNorwegianToTheirModelsAndLeavesOtherLanguagesUnscored() {
    KeywordScorer english = new KeywordScorer("en-1");
    KeywordScorer norwegian = new KeywordScorer("no-1");
    try (MessageAnalyzer analyzer =
        MessageAnalyzer.builder().english(english).norwegian(norwegian).build()) {
      List<Analysis> all =
          analyzer.analyzeAll(
              List.of(
                  new Message(ENGLISH, null),
                  new Message(NORWEGIAN, null),
                  new Message(GERMAN, "en"),
                  new Message(SPANISH, null)));
      assertThat(all).extracting(Analysis::language).containsExactly("en", "no", "de", "es");
      assertThat(all.get(0).score().modelVersion()).isEqualTo("x");
      assertThat(english.calls).containsExactly(List.of(ENGLISH));
      assertThat(norwegian.calls).containsExactly(List.of(NORWEGIAN));
      for (Analysis unscored : all.subList(2, 4)) {
        assertThat(unscored.status()).isEqualTo(Analysis.Status.UNSCORED);
        assertThat(unscored.unscoredReason()).isEqualTo("unsupported language");
        assertThat(unscored.score()).isNull();
        assertThat(unscored.scoredBy()).isNull();
        assertThat(unscored.aspects()).isEmpty();
      }
      assertThat(all.get(0).scoredBy()).isEqualTo(Analysis.ScoredBy.MODEL);
      assertThat(all.get(1).scoredBy()).isEqualTo(Analysis.ScoredBy.MODEL);
    }
  }

  @Test
  void aspectsCarryTheSentimentOfTheClauseThatNamesThem() {
    try (MessageAnalyzer analyzer =
        MessageAnalyzer.builder().english(new KeywordScorer("en-1")).build()) {
      Analysis a =
          analyzer.analyze(
              new Message("The price is great, but the delivery was terribly late.", "en"));
      assertThat(a.aspects())
          .extracting(Analysis.AspectScore::aspect)
          .containsExactly("delivery", "price");
      Map<String, Double> byAspect =
          a.aspects().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      Analysis.AspectScore::aspect, Analysis.AspectScore::score));
      assertThat(byAspect.get("price")).isGreaterThan(0.5);
      assertThat(byAspect.get("delivery")).isLessThan(-0.5);
    }
  }

  @Test
  void fallbackTakesOverWhenTheModelIsRemovedAndTheModelReturnsLater() {
    AtomicBoolean present = new AtomicBoolean(false);
    AtomicInteger loads = new AtomicInteger();
    MutableClock clock = new MutableClock();
    try (MessageAnalyzer analyzer =
        MessageAnalyzer.builder()
            .englishLoader(() -> {
              loads.incrementAndGet();
              if (!present.get()) {
                throw new IllegalStateException("model directory missing");
              }
              return new KeywordScorer("en-1");
            })
            .retryAfter(Duration.ofMinutes(5), clock)
            .build()) {
      Analysis down = analyzer.analyze(new Message("The staff were not helpful at all", "en"));
      assertThat(down.scoredBy()).isEqualTo(Analysis.ScoredBy.FALLBACK);
      assertThat(down.fallback()).isTrue();
      assertThat(down.score().modelVersion()).isEqualTo(ResilientScorer.LEXICON_VERSION);
      assertThat(down.score().score()).isNegative();
      assertThat(analyzer.degraded()).isTrue();
      assertThat(analyzer.status().get("english")).startsWith("fallback");

      present.set(true);
      analyzer.analyze(new Message("Still flagged until the retry interval passed", "en"));
      assertThat(loads.get()).isEqualTo(1);
      clock.advance(Duration.ofMinutes(6));
      Analysis back = analyzer.analyze(new Message("The staff were great and friendly", "en"));
      assertThat(back.scoredBy()).isEqualTo(Analysis.ScoredBy.MODEL);
      assertThat(analyzer.degraded()).isFalse();
    }
  }

  @Test
  void aModelThatThrowsFallsBackForThatBatchOnly() {
    KeywordScorer english = new KeywordScorer("en-1");
    try (MessageAnalyzer analyzer = MessageAnalyzer.builder().english(english).build()) {
      english.failing = true;
      assertThat(analyzer.analyze(new Message(ENGLISH, null)).fallback()).isTrue();
      english.failing = false;
      assertThat(analyzer.analyze(new Message(ENGLISH, null)).fallback()).isFalse();
    }
  }

  @Test
  void norwegianWithoutAModelIsScoredByTheLexiconAndFlagged() {
    try (MessageAnalyzer analyzer =
        MessageAnalyzer.builder()
            .english(new KeywordScorer("en-1"))
            .norwegianLoader(() -> {
              throw new IllegalStateException("no Norwegian model bundled");
            })
            .build()) {
      Analysis a = analyzer.analyze(new Message(NORWEGIAN, null));
      assertThat(a.language()).isEqualTo("no");
      assertThat(a.fallback()).isTrue();
      assertThat(a.score().score()).isPositive();
    }
  }

  @Test
  void emotionsAreAddedToScoredEnglishMessagesInOneCall() {
    AtomicInteger calls = new AtomicInteger();
    EmotionScorer emotions =
        new EmotionScorer() {
          @Override
          public List<EmotionScores> scoreAll(List<String> texts) {
            calls.incrementAndGet();
            return texts.stream()
                .map(t ->
                    new EmotionScores(
                        Emotion.FRUSTRATION,
                        Map.of(Emotion.FRUSTRATION, 0.7, Emotion.NONE, 0.3),
                        "emo-1"))
                .toList();
          }

          @Override
          public String version() {
            return "emo-1";
          }

          @Override
          public void close() {}
        };
    try (MessageAnalyzer analyzer =
        MessageAnalyzer.builder()
            .english(new KeywordScorer("en-1"))
            .norwegian(new KeywordScorer("no-1"))
            .emotions(emotions)
            .build()) {
      List<Analysis> all =
          analyzer.analyzeAll(
              List.of(
                  new Message(ENGLISH, null),
                  new Message(NORWEGIAN, null),
                  new Message(GERMAN, null),
                  new Message("Why does the app crash every time I log in?", null)));
      assertThat(calls.get()).isEqualTo(1);
      assertThat(all.get(0).emotions().dominant()).isEqualTo(Emotion.FRUSTRATION);
      assertThat(all.get(1).emotions()).isNull();
      assertThat(all.get(2).emotions()).isNull();
      assertThat(all.get(3).emotions()).isNotNull();
    }
  }

  @Test
  void explanationsComeFromTheRoutedScorerAndNeverForUnsupportedLanguages() {
    try (MessageAnalyzer analyzer =
        MessageAnalyzer.builder()
            .englishLoader(() -> {
              throw new IllegalStateException("gone");
            })
            .build()) {
      Explanation lexicon =
          analyzer.explain(new Message("The support was terrible but the app is great", null), 3);
      assertThat(lexicon.source()).isEqualTo(ResilientScorer.LEXICON_VERSION);
      assertThat(lexicon.attributions())
          .extracting(io.pulse.core.Attribution::phrase)
          .contains("terrible", "great");
      Explanation german = analyzer.explain(new Message(GERMAN, null), 3);
      assertThat(german.unscoredReason()).isEqualTo("unsupported language");
      assertThat(german.attributions()).isEmpty();
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
