package io.pulse.scoring;

import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/** Pieces shared by the training loops of the fast and the accurate model. */
final class TrainingSteps {
  private TrainingSteps() {}

  /** Weighted cross-entropy with Adam at a fixed learning rate, gradients clipped at 5. */
  static DefaultTrainingConfig config(int classes, float learningRate) {
    return new DefaultTrainingConfig(new WeightedCrossEntropy(classes))
        .optOptimizer(
            Optimizer.adam()
                .optLearningRateTracker(Tracker.fixed(learningRate))
                .optClipGrad(5f)
                .build());
  }

  /** Fisher-Yates shuffle in place. */
  static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /** The block's parameters as bytes. */
  static byte[] snapshot(Block block) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      block.saveParameters(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
