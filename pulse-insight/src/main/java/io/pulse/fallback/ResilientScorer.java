package io.pulse.fallback;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deep model with a lexicon fallback, for one language. Each {@link #scoreAll} batch goes to
 * the model; when the model is missing (the supplier returns null or throws) or the model call
 * throws, the whole batch is scored by the lexicon instead and {@link Batch#fallback()} is true.
 * Thread-safe.
 */
public final class ResilientScorer {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientScorer.class);

  /** Version stored with scores the lexicon produced. */
  public static final String LEXICON_VERSION = LexiconScorer.VERSION;

  private final Language language;
  private final Supplier<SentimentScorer> model;
  private final LexiconScorer lexicon;
  private volatile State state = new State(false, null, null);

  /**
   * @param language language of the texts (chooses the word list)
   * @param model the deep model; may return null (not available) or throw (failed to load)
   */
  public ResilientScorer(Language language, Supplier<SentimentScorer> model) {
    this.language = language;
    this.model = model;
    this.lexicon = new LexiconScorer(language);
  }

  /** Scores of one batch and who produced them. */
  public record Batch(List<SentimentScore> scores, boolean fallback) {}

  /** Attributions and the version of the scorer that produced them. */
  public record Explained(List<Attribution> attributions, String version) {}

  /** What the last batch used: the model, or the fallback with the failure's type. */
  public record State(boolean fallback, String reason, Instant at) {}

  /** The lexicon scorer alone (tests, CLI without a model). */
  public static SentimentScorer lexicon(Language language) {
    return new LexiconScorer(language);
  }

  /**
   * A stand-in for a model that could not be loaded: every call throws, so a {@link
   * ResilientScorer} around it scores with the lexicon and flags. Lets a server start without its
   * model.
   *
   * @param reason why the model is missing, without personal data (e.g. the exception type)
   */
  public static SentimentScorer unavailable(String reason) {
    return new SentimentScorer() {
      @Override
      public List<SentimentScore> scoreAll(List<String> texts) {
        throw new IllegalStateException("sentiment model unavailable: " + reason);
      }

      @Override
      public String version() {
        return "unavailable";
      }

      @Override
      public void close() {}
    };
  }

  /** Scores every text with the model, or with the lexicon when the model is missing or fails. */
  public Batch scoreAll(List<String> texts) {
    if (texts.isEmpty()) {
      return new Batch(List.of(), false);
    }
    String reason;
    try {
      SentimentScorer scorer = model.get();
      if (scorer != null) {
        List<SentimentScore> scores = scorer.scoreAll(texts);
        if (scores.size() != texts.size()) {
          throw new IllegalStateException(
              "model returned " + scores.size() + " scores for " + texts.size() + " texts");
        }
        if (state.fallback()) {
          LOG.info("{} model is back: scoring with it again", name());
        }
        state = new State(false, null, Instant.now());
        return new Batch(scores, false);
      }
      reason = "model not available";
    } catch (RuntimeException e) {
      // Messages may quote the text: log the type only.
      reason = "model failed: " + e.getClass().getSimpleName();
    }
    if (!state.fallback()) {
      LOG.warn("{} {}: lexicon fallback scores are flagged for re-scoring", name(), reason);
    }
    state = new State(true, reason, Instant.now());
    return new Batch(lexicon.scoreAll(texts), true);
  }

  /**
   * The words that pushed the score of {@code text}, from the model when it can explain, else from
   * the lexicon.
   */
  public Explained explain(String text, int limit) {
    try {
      SentimentScorer scorer = model.get();
      if (scorer != null) {
        return new Explained(scorer.explain(text, limit), scorer.version());
      }
    } catch (RuntimeException e) {
      LOG.warn("{} model failed to explain: {}", name(), e.getClass().getSimpleName());
    }
    return new Explained(lexicon.explain(text, limit), LEXICON_VERSION);
  }

  /**
   * True when the lexicon sees at least one positive and one negative word (after negation): a
   * cheap hint that a message may be mixed and its clauses are worth a model call.
   */
  public boolean polarised(String text) {
    return lexicon.polarised(text);
  }

  /** Version of the model when it is available, else the lexicon's. */
  public String version() {
    try {
      SentimentScorer scorer = model.get();
      return scorer == null ? LEXICON_VERSION : scorer.version();
    } catch (RuntimeException e) {
      return LEXICON_VERSION;
    }
  }

  /** What the last batch used. */
  public State state() {
    return state;
  }

  private String name() {
    return language.name().toLowerCase(java.util.Locale.ROOT);
  }
}
