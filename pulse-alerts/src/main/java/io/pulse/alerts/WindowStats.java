package io.pulse.alerts;

import java.time.Instant;

/** Count, mean score and negatives of one series in one window. */
record WindowStats(int count, double mean, int negatives, Instant start, Instant end) {

  double negativeShare() {
    return count == 0 ? 0.0 : (double) negatives / count;
  }
}
