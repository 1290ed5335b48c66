package io.pulse.scoring;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import java.util.List;

/** Computes {@link Evaluation} metrics from gold sentiment labels and scores. */
final class SentimentEvaluator {
  private SentimentEvaluator() {}

  static Evaluation evaluate(List<SentimentLabel> gold, List<SentimentScore> predicted) {
    if (gold.size() != predicted.size() || gold.isEmpty()) {
      throw new IllegalArgumentException(
          "need as many predictions as gold labels (and at least one), found "
              + predicted.size()
              + " and "
              + gold.size());
    }
    int[] classes = new int[gold.size()];
    float[][] probabilities = new float[gold.size()][];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = gold.get(i).ordinal();
      SentimentScore s = predicted.get(i);
      probabilities[i] =
          new float[] {(float) s.negative(), (float) s.neutral(), (float) s.positive()};
    }
    return ClassEvaluator.evaluate(classes, probabilities, Task.SENTIMENT.classes());
  }
}
