package io.pulse.analytics;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;

/** Pearson with a Fisher-z confidence interval, and Spearman on average ranks. */
final class Correlations {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Correlations() {}

  static Correlation of(double[] x, double[] y, double confidence) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "correlation needs pairs: x has " + x.length + " values, y " + y.length);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), found " + confidence);
    }
    int n = x.length;
    if (n < 4) {
      throw new IllegalArgumentException(
          "correlation with a confidence interval needs at least 4 pairs, found " + n);
    }
    double r = pearson(x, y);
    // Fisher: atanh(r) is about normal with standard error 1 / sqrt(n - 3).
    double z = 0.5 * Math.log((1 + r) / (1 - r));
    double half =
        STANDARD_NORMAL.inverseCumulativeProbability((1 + confidence) / 2) / Math.sqrt(n - 3);
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    double spearman = pearson(ranking.apply(x), ranking.apply(y));
    return new Correlation(n, r, Math.tanh(z - half), Math.tanh(z + half), confidence, spearman);
  }

  static double pearson(double[] x, double[] y) {
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      throw new IllegalArgumentException(
          "correlation is undefined: one of the measures has no variance");
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
