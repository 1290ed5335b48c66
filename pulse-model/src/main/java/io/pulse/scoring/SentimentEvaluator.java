package io.pulse.scoring;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import java.util.ArrayList;
import java.util.List;

/** Computes {@link Evaluation} metrics from gold labels and scores. */
final class SentimentEvaluator {
  private static final int CALIBRATION_BINS = 10;

  private SentimentEvaluator() {}

  static Evaluation evaluate(List<SentimentLabel> gold, List<SentimentScore> predicted) {
    if (gold.size() != predicted.size() || gold.isEmpty()) {
      throw new IllegalArgumentException(
          "need as many predictions as gold labels (and at least one), found "
              + predicted.size()
              + " and "
              + gold.size());
    }
    int classes = SentimentLabel.values().length;
    int[][] confusion = new int[classes][classes];
    double[] binConfidence = new double[CALIBRATION_BINS];
    int[] binCorrect = new int[CALIBRATION_BINS];
    int[] binCount = new int[CALIBRATION_BINS];
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      SentimentScore score = predicted.get(i);
      int truth = gold.get(i).ordinal();
      int guess = score.label().ordinal();
      confusion[truth][guess]++;
      boolean right = truth == guess;
      correct += right ? 1 : 0;
      int bin = Math.min(CALIBRATION_BINS - 1, (int) (score.confidence() * CALIBRATION_BINS));
      binConfidence[bin] += score.confidence();
      binCorrect[bin] += right ? 1 : 0;
      binCount[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < CALIBRATION_BINS; b++) {
      if (binCount[b] > 0) {
        ece += Math.abs(binConfidence[b] - binCorrect[b]) / gold.size();
      }
    }
    List<Evaluation.ClassMetrics> metrics = new ArrayList<>();
    double f1Sum = 0;
    int classesPresent = 0;
    for (SentimentLabel label : SentimentLabel.values()) {
      int c = label.ordinal();
      int truePositives = confusion[c][c];
      int support = 0;
      int predictedCount = 0;
      for (int k = 0; k < classes; k++) {
        support += confusion[c][k];
        predictedCount += confusion[k][c];
      }
      double precision = ratio(truePositives, predictedCount);
      double recall = ratio(truePositives, support);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      if (support > 0) {
        // a class absent from the gold labels (e.g. no neutral in a polarity-only set) says
        // nothing about the model and must not drag the macro average to zero
        f1Sum += f1;
        classesPresent++;
      }
      metrics.add(new Evaluation.ClassMetrics(label.wireName(), precision, recall, f1, support));
    }
    return new Evaluation(
        gold.size(),
        (double) correct / gold.size(),
        classesPresent == 0 ? 0 : f1Sum / classesPresent,
        ece,
        List.copyOf(metrics),
        confusion);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
