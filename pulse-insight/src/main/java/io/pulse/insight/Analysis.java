package io.pulse.insight;

import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.language.DetectedLanguage;
import java.util.List;

/**
 * Everything Pulse understood of one message.
 *
 * @param language ISO 639-1 code of the language the message was routed by ({@code und} unknown)
 * @param languageSource detected from the text, or declared/default because the text was too short
 * @param status scored, or unscored with {@code unscoredReason}
 * @param unscoredReason why it was not scored ({@value #UNSUPPORTED_LANGUAGE}), null when scored
 * @param score the sentiment of the whole message; null when unscored
 * @param scoredBy the deep model, or the lexicon fallback (flagged for re-scoring); null when
 *     unscored
 * @param mixed true when one clause is at least +t and another at most -t
 * @param parts when mixed: the most positive and the most negative clause, in text order; else
 *     empty
 * @param aspects the taxonomy aspects mentioned, each with the sentiment of the clauses naming it
 * @param emotions emotion probabilities, or null when no emotion model ran (unscored, or no emotion
 *     model for the language is available)
 */
public record Analysis(
    String language,
    DetectedLanguage.Source languageSource,
    Status status,
    String unscoredReason,
    SentimentScore score,
    ScoredBy scoredBy,
    boolean mixed,
    List<Part> parts,
    List<AspectScore> aspects,
    EmotionScores emotions) {

  /** Reason stored with messages in a language Pulse has no model for. */
  public static final String UNSUPPORTED_LANGUAGE =
      io.pulse.language.LanguageRouter.UNSUPPORTED_LANGUAGE;

  public Analysis {
    parts = List.copyOf(parts);
    aspects = List.copyOf(aspects);
  }

  /** Whether a score was produced. */
  public enum Status {
    SCORED,
    UNSCORED
  }

  /** Who produced the score. */
  public enum ScoredBy {
    MODEL,
    FALLBACK
  }

  /**
   * One clause of a mixed message.
   *
   * @param text the clause as it appears in the message
   * @param score its score, P(positive) - P(negative)
   * @param label its label
   */
  public record Part(String text, double score, SentimentLabel label) {}

  /**
   * Sentiment of one aspect within a message.
   *
   * @param aspect aspect id of the taxonomy
   * @param score mean score of the clauses that mention it (the message score for one clause)
   */
  public record AspectScore(String aspect, double score) {}

  /** A plain model score with nothing else known (tests, callers without insight). */
  public static Analysis ofScore(SentimentScore score) {
    return new Analysis(
        null, null, Status.SCORED, null, score, ScoredBy.MODEL, false, List.of(), List.of(), null);
  }

  /** True when the score came from the lexicon fallback and should be re-scored. */
  public boolean fallback() {
    return scoredBy == ScoredBy.FALLBACK;
  }
}
