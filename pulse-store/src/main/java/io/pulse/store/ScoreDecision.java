package io.pulse.store;

import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;

/**
 * What storing a new analysis does to an interaction's scores: the rules "one current score per
 * interaction", "a person's correction is never displaced by a model" and "a lexicon-fallback score
 * never displaces a model score", in one place.
 */
public enum ScoreDecision {
  /** No score yet: the new score becomes current. */
  FIRST,
  /** Another model's (or the fallback's) score was current: the new one replaces it. */
  REPLACED,
  /** The same model's score is current: the score stays, the insight fields are refreshed. */
  UNCHANGED,
  /** A person's label is current: the model's score is kept as history, the label stays. */
  KEPT_HUMAN,
  /** The new analysis is weaker (fallback, or no score) than the current score: nothing changes. */
  KEPT_CURRENT,
  /** No score before and none now (e.g. an unsupported language): stored as unscored. */
  UNSCORED,
  /** The interaction is gone (erased meanwhile). */
  GONE;

  /** Model version prefix of a person's label in {@code scores}. */
  public static final String HUMAN = "human:";

  /**
   * Decides for one interaction.
   *
   * @param current its current score, or null when it has none
   * @param analysis the new analysis
   */
  static ScoreDecision decide(CurrentScore current, Analysis analysis) {
    if (analysis.score() == null) {
      return current == null ? UNSCORED : KEPT_CURRENT;
    }
    if (current == null) {
      return FIRST;
    }
    if (current.human()) {
      return KEPT_HUMAN;
    }
    if (analysis.fallback() && !current.fallback()) {
      return KEPT_CURRENT;
    }
    if (current.modelVersion().equals(analysis.score().modelVersion())
        && current.fallback() == analysis.fallback()) {
      return UNCHANGED;
    }
    return REPLACED;
  }

  /** Whether the new analysis's insight fields (language, mixed, aspects, emotions) are stored. */
  boolean refreshesInsight() {
    return this != KEPT_CURRENT && this != GONE;
  }

  /**
   * The current score row of an interaction.
   *
   * @param score the score; its model version is {@code human:<user>} for a person's label
   * @param fallback whether the lexicon fallback produced it
   */
  record CurrentScore(SentimentScore score, boolean fallback) {
    String modelVersion() {
      return score.modelVersion();
    }

    boolean human() {
      return modelVersion().startsWith(HUMAN);
    }
  }
}
