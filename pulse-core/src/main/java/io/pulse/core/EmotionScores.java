package io.pulse.core;

import java.util.Map;

/**
 * The emotions of one text as produced by an {@link EmotionScorer}.
 *
 * @param dominant the most probable emotion ({@link Emotion#NONE} when none stands out)
 * @param probabilities probability per emotion, summing to 1
 * @param modelVersion version of the model that produced the scores
 */
public record EmotionScores(
    Emotion dominant, Map<Emotion, Double> probabilities, String modelVersion) {

  public EmotionScores {
    probabilities = Map.copyOf(probabilities);
  }
}
