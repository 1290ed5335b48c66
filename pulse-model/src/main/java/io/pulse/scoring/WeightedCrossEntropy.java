package io.pulse.scoring;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy where each example counts with the weight of its class, so the minority
 * classes (neutral, positive) are not drowned by the negative majority. Labels: {@code [batch]}
 * class ids and {@code [batch]} float weights.
 */
final class WeightedCrossEntropy extends Loss {
  private final int classCount;

  /** The loss over {@code classCount} classes (the model's output size). */
  WeightedCrossEntropy(int classCount) {
    super("weighted_cross_entropy");
    this.classCount = classCount;
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray logProbabilities = predictions.head().logSoftmax(1);
    NDArray classes = labels.get(0);
    NDArray weights = labels.get(1);
    NDArray picked = logProbabilities.mul(classes.oneHot(classCount)).sum(new int[] {1});
    return picked.mul(weights).sum().neg().div(weights.sum());
  }
}
