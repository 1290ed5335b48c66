package io.pulse.feedback;

import io.pulse.core.SentimentLabel;
import java.util.SplittableRandom;

/**
 * Decides which scored interactions go to the review queue. Stratified by predicted label: within
 * every label the expected share sampled is {@code rate}, so each label is represented in
 * proportion to the stream. Within a label, an item's weight is {@code 1 + boost x uncertainty}
 * (uncertainty = 0 for confidence 1, 1 for the least possible confidence 1/3) and its inclusion
 * probability is {@code rate x weight / mean weight of the label so far}: low-confidence
 * predictions are favoured without changing the overall rate. The draw is a fixed function of seed
 * and interaction id, so a seeded sampler is deterministic. Thread-safe.
 */
final class SpotCheckSampler {

  private static final double LOWEST_CONFIDENCE = 1.0 / 3.0;
  private static final double PRIOR_COUNT = 20;

  private final double rate;
  private final double boost;
  private final long seed;
  private final double[] weightSum = new double[SentimentLabel.values().length];
  private final long[] count = new long[SentimentLabel.values().length];

  SpotCheckSampler(double rate, double boost, long seed) {
    this.rate = rate;
    this.boost = boost;
    this.seed = seed;
  }

  /**
   * The probability with which the item was sampled, or 0 when it was not.
   *
   * @param confidence the model's top probability, in [1/3, 1]
   */
  synchronized double sample(long interactionId, SentimentLabel label, double confidence) {
    double weight = weight(confidence);
    int stratum = label.ordinal();
    weightSum[stratum] += weight;
    count[stratum]++;
    // the running mean starts from the mean weight of uniform confidences, so the first items of a
    // stratum are not over-sampled while its mean is still unknown
    double prior = 1 + boost / 2;
    double mean = (weightSum[stratum] + PRIOR_COUNT * prior) / (count[stratum] + PRIOR_COUNT);
    double probability = Math.min(1.0, rate * weight / mean);
    return draw(interactionId) < probability ? probability : 0;
  }

  double weight(double confidence) {
    double uncertainty = (1 - confidence) / (1 - LOWEST_CONFIDENCE);
    return 1 + boost * Math.max(0, Math.min(1, uncertainty));
  }

  private double draw(long interactionId) {
    return new SplittableRandom(seed ^ (interactionId * 0x9E3779B97F4A7C15L)).nextDouble();
  }
}
