package io.pulse.core;

/**
 * The sentiment of one text as produced by a scorer.
 *
 * @param label the most probable class
 * @param score P(positive) - P(negative), in [-1, 1]
 * @param negative P(negative)
 * @param neutral P(neutral)
 * @param positive P(positive)
 * @param modelVersion version of the model that produced the score
 */
public record SentimentScore(
    SentimentLabel label,
    double score,
    double negative,
    double neutral,
    double positive,
    String modelVersion) {

  /** Builds a score from class probabilities in label order (negative, neutral, positive). */
  public static SentimentScore fromProbabilities(float[] probabilities, String modelVersion) {
    if (probabilities.length != 3) {
      throw new IllegalArgumentException(
          "expected 3 class probabilities, found " + probabilities.length);
    }
    int best = 0;
    for (int i = 1; i < 3; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return new SentimentScore(
        SentimentLabel.values()[best],
        probabilities[2] - probabilities[0],
        probabilities[0],
        probabilities[1],
        probabilities[2],
        modelVersion);
  }

  /** Probability of the predicted label: how sure the model is. */
  public double confidence() {
    return switch (label) {
      case NEGATIVE -> negative;
      case NEUTRAL -> neutral;
      case POSITIVE -> positive;
    };
  }
}
