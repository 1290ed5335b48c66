package io.pulse.insight;

import io.pulse.aspects.Aspects;
import io.pulse.core.EmotionScorer;
import io.pulse.core.SentimentScorer;
import io.pulse.language.LanguageDetection;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** Settings of a {@link MessageAnalyzer}; only the English scorer is required. */
public final class MessageAnalyzerBuilder {

  /** Where a model comes from: shared (owned by the caller) or loaded lazily by the analyzer. */
  record Source<T>(String name, T shared, Supplier<T> loader) {}

  Source<SentimentScorer> english;
  Source<SentimentScorer> norwegian;
  Source<EmotionScorer> emotions;
  Source<EmotionScorer> norwegianEmotions;
  LanguageDetection languages;
  io.pulse.text.Language forcedLanguage;
  Aspects aspects;
  double mixedThreshold = 0.5;
  int maxClauses = 8;
  Duration retryAfter = Duration.ofMinutes(5);
  Clock clock = Clock.systemUTC();

  MessageAnalyzerBuilder() {}

  /** The English scorer, owned by the caller (not closed by the analyzer). */
  public MessageAnalyzerBuilder english(SentimentScorer scorer) {
    this.english = new Source<>("english", Objects.requireNonNull(scorer), null);
    return this;
  }

  /** Loads the English model on first use; a failed load falls back and is retried. */
  public MessageAnalyzerBuilder englishLoader(Supplier<SentimentScorer> loader) {
    this.english = new Source<>("english", null, Objects.requireNonNull(loader));
    return this;
  }

  /** The Norwegian scorer, owned by the caller. */
  public MessageAnalyzerBuilder norwegian(SentimentScorer scorer) {
    this.norwegian = new Source<>("norwegian", Objects.requireNonNull(scorer), null);
    return this;
  }

  /**
   * Loads the Norwegian model on first use; when none is set or loading fails, Norwegian is scored
   * by the lexicon and flagged.
   */
  public MessageAnalyzerBuilder norwegianLoader(Supplier<SentimentScorer> loader) {
    this.norwegian = new Source<>("norwegian", null, Objects.requireNonNull(loader));
    return this;
  }

  /** The emotion scorer (English), owned by the caller. */
  public MessageAnalyzerBuilder emotions(EmotionScorer scorer) {
    this.emotions = new Source<>("emotion", Objects.requireNonNull(scorer), null);
    return this;
  }

  /** Loads the emotion model on first use; without one, analyses carry no emotions. */
  public MessageAnalyzerBuilder emotionLoader(Supplier<EmotionScorer> loader) {
    this.emotions = new Source<>("emotion", null, Objects.requireNonNull(loader));
    return this;
  }

  /** The Norwegian emotion scorer, owned by the caller. */
  public MessageAnalyzerBuilder norwegianEmotions(EmotionScorer scorer) {
    this.norwegianEmotions =
        new Source<>("norwegian emotion", Objects.requireNonNull(scorer), null);
    return this;
  }

  /** Loads the Norwegian emotion model on first use; without one, Norwegian has no emotions. */
  public MessageAnalyzerBuilder norwegianEmotionLoader(Supplier<EmotionScorer> loader) {
    this.norwegianEmotions =
        new Source<>("norwegian emotion", null, Objects.requireNonNull(loader));
    return this;
  }

  /** Language detection; {@link LanguageDetection#withDefaults()} when not set. */
  public MessageAnalyzerBuilder languages(LanguageDetection value) {
    this.languages = value;
    return this;
  }

  /**
   * Sends every message to this language's model without detecting (CLI {@code --language}); null
   * (the default) routes by the detected language.
   */
  public MessageAnalyzerBuilder forcedLanguage(io.pulse.text.Language value) {
    this.forcedLanguage = value;
    return this;
  }

  /** Aspect taxonomy; {@link Aspects#bundled()} when not set. */
  public MessageAnalyzerBuilder aspects(Aspects value) {
    this.aspects = value;
    return this;
  }

  /**
   * A message is mixed when one clause scores at least {@code +t} and another at most {@code -t};
   * 0.5 by default.
   *
   * @throws IllegalArgumentException when t is not in (0, 1]
   */
  public MessageAnalyzerBuilder mixedThreshold(double t) {
    if (!(t > 0 && t <= 1)) {
      throw new IllegalArgumentException(
          "pulse.insight.mixed-threshold must be in (0, 1]; found " + t);
    }
    this.mixedThreshold = t;
    return this;
  }

  /** Clauses scored per message at most (8 by default); later ones merge into the last. */
  public MessageAnalyzerBuilder maxClauses(int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "pulse.insight.max-clauses must be 1 or more; found " + value);
    }
    this.maxClauses = value;
    return this;
  }

  /** How long after a failed model load the next load is tried (5 minutes by default). */
  public MessageAnalyzerBuilder retryAfter(Duration value, Clock clock) {
    this.retryAfter = Objects.requireNonNull(value);
    this.clock = Objects.requireNonNull(clock);
    return this;
  }

  /**
   * Builds the analyzer.
   *
   * @throws IllegalStateException when no English scorer is set
   */
  public MessageAnalyzer build() {
    if (english == null) {
      throw new IllegalStateException("MessageAnalyzer needs an English scorer or loader");
    }
    return new MessageAnalyzer(this);
  }
}
