package io.pulse.alerts;

import java.time.Instant;

/**
 * Count, mean score and negatives of one series in one window.
 *
 * @param count scores in the window
 * @param mean their mean, 0 when there are none
 * @param negatives how many of them are negative (below the yellow band)
 * @param start start of the window, inclusive
 * @param end end of the window, exclusive
 */
public record WindowStats(int count, double mean, int negatives, Instant start, Instant end) {

  double negativeShare() {
    return count == 0 ? 0.0 : (double) negatives / count;
  }
}
