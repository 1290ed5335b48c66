package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentLabel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sampler on a synthetic stream of 100,000 scored interactions (labels 55 / 30 / 15 %,
 * confidence uniform in [1/3, 1]). Bounds are four standard deviations of a binomial share.
 */
class SpotCheckSamplerTest {

  private static final int N = 100_000;
  private static final double RATE = 0.07;

  /** Sampled counts per label and per confidence band, and the sum of 1 / p over the sample. */
  private record Stream(
      long[] seen,
      long[] sampled,
      long lowSeen,
      long lowSampled,
      long highSeen,
      long highSampled,
      double inverseProbabilitySum,
      long total) {}

  private static Stream run(double boost, long seed) {
    SpotCheckSampler sampler = new SpotCheckSampler(RATE, boost, seed);
    SplittableRandom data = new SplittableRandom(99);
    long[] seen = new long[3];
    long[] sampled = new long[3];
    long lowSeen = 0, lowSampled = 0, highSeen = 0, highSampled = 0, total = 0;
    double inverse = 0;
    for (int id = 1; id <= N; id++) {
      double u = data.nextDouble();
      SentimentLabel label =
          u < 0.55
              ? SentimentLabel.NEGATIVE
              : u < 0.85 ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
      double confidence = 1.0 / 3 + data.nextDouble() * 2.0 / 3;
      double p = sampler.sample(id, label, confidence);
      seen[label.ordinal()]++;
      boolean in = p > 0;
      if (in) {
        sampled[label.ordinal()]++;
        inverse += 1 / p;
        total++;
      }
      if (confidence < 0.5) {
        lowSeen++;
        lowSampled += in ? 1 : 0;
      } else if (confidence > 0.9) {
        highSeen++;
        highSampled += in ? 1 : 0;
      }
    }
    return new Stream(seen, sampled, lowSeen, lowSampled, highSeen, highSampled, inverse, total);
  }

  private static double bound(long n) {
    return 4 * Math.sqrt(RATE * (1 - RATE) / n);
  }

  @Test
  void overallRateHoldsWithinStatisticalBounds() {
    Stream s = run(3, 1);
    assertThat((double) s.total() / N)
        .isCloseTo(RATE, org.assertj.core.data.Offset.offset(bound(N)));
  }

  @Test
  void everyLabelIsSampledAtTheRate() {
    Stream s = run(3, 2);
    for (int label = 0; label < 3; label++) {
      double share = (double) s.sampled()[label] / s.seen()[label];
      assertThat(share)
          .as("label %d", label)
          .isCloseTo(RATE, org.assertj.core.data.Offset.offset(bound(s.seen()[label])));
    }
  }

  @Test
  void lowConfidencePredictionsAreFavoured() {
    Stream s = run(3, 3);
    double low = (double) s.lowSampled() / s.lowSeen();
    double high = (double) s.highSampled() / s.highSeen();
    // weights: confidence 0.33-0.5 -> 3.25-4, 0.9-1 -> 1-1.45: about 3x as likely
    assertThat(low / high).isBetween(2.3, 3.7);
  }

  @Test
  void inverseProbabilityWeightsRecoverTheStreamSize() {
    Stream s = run(3, 4);
    assertThat(s.inverseProbabilitySum()).isBetween(0.95 * N, 1.05 * N);
  }

  @Test
  void withoutBoostSamplingIsUniformWithinLabels() {
    Stream s = run(0, 5);
    double low = (double) s.lowSampled() / s.lowSeen();
    double high = (double) s.highSampled() / s.highSeen();
    assertThat(low).isCloseTo(RATE, org.assertj.core.data.Offset.offset(bound(s.lowSeen())));
    assertThat(high).isCloseTo(RATE, org.assertj.core.data.Offset.offset(bound(s.highSeen())));
  }

  @Test
  void sameSeedSamplesTheSameInteractions() {
    SpotCheckSampler a = new SpotCheckSampler(RATE, 3, 42);
    SpotCheckSampler b = new SpotCheckSampler(RATE, 3, 42);
    SpotCheckSampler other = new SpotCheckSampler(RATE, 3, 43);
    int same = 0;
    int differentFromOther = 0;
    for (int id = 1; id <= 5_000; id++) {
      double pa = a.sample(id, SentimentLabel.NEUTRAL, 0.6);
      assertThat(b.sample(id, SentimentLabel.NEUTRAL, 0.6)).isEqualTo(pa);
      same++;
      if ((pa > 0) != (other.sample(id, SentimentLabel.NEUTRAL, 0.6) > 0)) {
        differentFromOther++;
      }
    }
    assertThat(same).isEqualTo(5_000);
    assertThat(differentFromOther).isGreaterThan(100);
  }
}
