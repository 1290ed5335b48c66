package io.pulse.scoring;

import java.util.ArrayList;
import java.util.List;

/** Computes {@link Evaluation} metrics from gold class indices and predicted probabilities. */
final class ClassEvaluator {
  private static final int CALIBRATION_BINS = 10;

  private ClassEvaluator() {}

  /**
   * Accuracy, per-class P/R/F1, macro-F1 over the classes present in {@code gold}, expected
   * calibration error and confusion matrix. The prediction is the most probable class (the first
   * one on ties); its probability is the confidence.
   *
   * @param gold class index per example
   * @param probabilities class probabilities per example, in {@code classes} order
   * @param classes class names in output order
   */
  static Evaluation evaluate(int[] gold, float[][] probabilities, List<String> classes) {
    if (gold.length != probabilities.length || gold.length == 0) {
      throw new IllegalArgumentException(
          "need as many predictions as gold labels (and at least one), found "
              + probabilities.length
              + " and "
              + gold.length);
    }
    int k = classes.size();
    int[][] confusion = new int[k][k];
    double[] binConfidence = new double[CALIBRATION_BINS];
    int[] binCorrect = new int[CALIBRATION_BINS];
    int[] binCount = new int[CALIBRATION_BINS];
    int correct = 0;
    for (int i = 0; i < gold.length; i++) {
      float[] p = probabilities[i];
      int guess = argmax(p);
      double confidence = p[guess];
      confusion[gold[i]][guess]++;
      boolean right = gold[i] == guess;
      correct += right ? 1 : 0;
      int bin = Math.min(CALIBRATION_BINS - 1, (int) (confidence * CALIBRATION_BINS));
      binConfidence[bin] += confidence;
      binCorrect[bin] += right ? 1 : 0;
      binCount[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < CALIBRATION_BINS; b++) {
      if (binCount[b] > 0) {
        ece += Math.abs(binConfidence[b] - binCorrect[b]) / gold.length;
      }
    }
    List<Evaluation.ClassMetrics> metrics = new ArrayList<>();
    double f1Sum = 0;
    int classesPresent = 0;
    for (int c = 0; c < k; c++) {
      int truePositives = confusion[c][c];
      int support = 0;
      int predictedCount = 0;
      for (int j = 0; j < k; j++) {
        support += confusion[c][j];
        predictedCount += confusion[j][c];
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
      metrics.add(new Evaluation.ClassMetrics(classes.get(c), precision, recall, f1, support));
    }
    return new Evaluation(
        gold.length,
        (double) correct / gold.length,
        classesPresent == 0 ? 0 : f1Sum / classesPresent,
        ece,
        List.copyOf(metrics),
        confusion);
  }

  /** Index of the largest value, the first one on ties. */
  static int argmax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
