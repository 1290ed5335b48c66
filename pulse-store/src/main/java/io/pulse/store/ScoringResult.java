package io.pulse.store;

import io.pulse.core.SentimentScore;
import java.util.List;

/**
 * Where scoring of one stored interaction stands, with what it found.
 *
 * @param id database id
 * @param status {@code pending}, {@code scored} or {@code unscored}
 * @param unscoredReason why it is unscored, or null
 * @param language the language it was routed by, or null while pending
 * @param score its current score, or null
 * @param fallback whether the lexicon fallback produced the score
 * @param mixed whether it is mixed
 * @param aspects aspect ids it mentions
 * @param emotion its dominant emotion, or null
 */
public record ScoringResult(
    long id,
    String status,
    String unscoredReason,
    String language,
    SentimentScore score,
    boolean fallback,
    boolean mixed,
    List<String> aspects,
    String emotion) {

  /** Whether scoring is still to come. */
  public boolean pending() {
    return "pending".equals(status);
  }
}
