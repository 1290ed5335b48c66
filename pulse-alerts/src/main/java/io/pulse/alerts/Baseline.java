package io.pulse.alerts;

/**
 * What is normal for a series: mean and standard deviation, over the past non-empty windows, of the
 * window mean score and of the window negative share.
 */
record Baseline(int windows, double meanScore, double stdScore, double meanShare, double stdShare) {

  /**
   * Floor of the score deviation: a perfectly flat history must not turn the smallest change into
   * an infinite z-score.
   */
  static final double MIN_STD_SCORE = 0.05;

  /** Smallest negative share assumed when flooring the share deviation. */
  private static final double MIN_SHARE = 0.05;

  static final Baseline EMPTY = new Baseline(0, 0, 0, 0, 0);

  double zScore(double mean) {
    return (mean - meanScore) / Math.max(stdScore, MIN_STD_SCORE);
  }

  /**
   * z of a window's negative share. The deviation is at least the binomial standard error of a
   * window of {@code count} interactions, so one negative message in a series that never had any is
   * not "significant" just because the history is all zeros.
   */
  double zShare(double share, int count) {
    double p = Math.min(Math.max(meanShare, MIN_SHARE), 1 - MIN_SHARE);
    double floor = Math.sqrt(p * (1 - p) / count);
    return (share - meanShare) / Math.max(stdShare, floor);
  }
}
