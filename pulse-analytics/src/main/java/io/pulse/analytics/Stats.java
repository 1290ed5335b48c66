package io.pulse.analytics;

/**
 * Summary of one measure over a group.
 *
 * @param mean arithmetic mean
 * @param std sample standard deviation (n - 1 in the denominator, as pandas); 0 for one value
 * @param min smallest value
 * @param max largest value
 */
public record Stats(double mean, double std, double min, double max) {

  static Stats of(double[] values) {
    if (values.length == 0) {
      return new Stats(0, 0, 0, 0);
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double std = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    return new Stats(mean, std, min, max);
  }
}
