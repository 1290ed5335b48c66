package io.pulse.analytics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Quintile scores 1..5 as pandas {@code qcut(x.rank(method="first"), 5, labels=[1..5])}: values are
 * ranked 1..n (ties in the given order, i.e. customer key order), the rank range [1, n] is cut at
 * its 20/40/60/80 % points (linear interpolation, right-closed bins) and rank r gets the first bin
 * whose upper edge is &gt;= r. So every score holds n/5 customers (+-1) even when many values tie,
 * and the result never depends on the data's value distribution.
 */
final class QuantileScores {

  static final int BINS = 5;

  private QuantileScores() {}

  /**
   * Scores values; index i of the result is the score of {@code values[i]}. Callers pass values in
   * customer key order so that ties are broken by customer key.
   */
  static int[] ascending(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Stable sort: equal values keep their (customer key) order, like rank(method="first").
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    int[] scores = new int[n];
    for (int rank = 1; rank <= n; rank++) {
      scores[order[rank - 1]] = binOfRank(rank, n);
    }
    return scores;
  }

  /**
   * Bin of rank r among n: the smallest k with r &lt;= 1 + (n - 1) k / 5, i.e. ceil(5 (r - 1) / (n
   * - 1)), at least 1. Integer arithmetic, so edges that fall exactly on a rank are exact.
   */
  static int binOfRank(int rank, int n) {
    if (n <= 1) {
      return 1;
    }
    long numerator = (long) BINS * (rank - 1);
    long bin = (numerator + n - 2) / (n - 1);
    return (int) Math.max(1, bin);
  }
}
