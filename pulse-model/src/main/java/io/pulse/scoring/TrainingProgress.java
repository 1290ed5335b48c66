package io.pulse.scoring;

/** Receives training progress, e.g. to drive a progress bar. Called from the training thread. */
public interface TrainingProgress {
  /** Ignores all progress. */
  TrainingProgress NONE = new TrainingProgress() {};

  /** An epoch of ensemble member {@code member} starts and will run {@code batches} batches. */
  default void epochStarted(int member, int epoch, int batches) {}

  /** One training batch is done. */
  default void batchFinished(float loss) {}

  /** An epoch is done and was evaluated on the dev split. */
  default void epochFinished(EpochSummary summary) {}

  /**
   * Figures of one epoch.
   *
   * @param member ensemble member (0-based)
   * @param epoch epoch (1-based)
   * @param trainLoss mean weighted training loss
   * @param trainAccuracy training accuracy (with dropout on)
   * @param devAccuracy dev accuracy
   * @param devMacroF1 dev macro-F1, the early-stopping criterion
   * @param improved whether this epoch's weights are the best so far
   */
  record EpochSummary(
      int member,
      int epoch,
      double trainLoss,
      double trainAccuracy,
      double devAccuracy,
      double devMacroF1,
      boolean improved) {}
}
