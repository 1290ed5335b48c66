package io.pulse.retrain;

import java.nio.file.Path;
import java.util.List;

/**
 * Outcome of a retraining: the candidate, the figures of both models and the gate's verdict.
 *
 * @param candidateVersion model version of the candidate
 * @param candidateDirectory where the candidate was written
 * @param active figures of the active model
 * @param candidate figures of the candidate
 * @param accepted true when the candidate does not regress and may be promoted
 * @param reasons why it was rejected (empty when accepted), each with the figures
 * @param correctionsTrained corrections used for training
 * @param correctionsHeldOut corrections kept for the gate
 * @param trainingSeconds wall time of the training
 */
public record RetrainingReport(
    String candidateVersion,
    Path candidateDirectory,
    Figures active,
    Figures candidate,
    boolean accepted,
    List<String> reasons,
    int correctionsTrained,
    int correctionsHeldOut,
    double trainingSeconds) {

  /** Copies the list. */
  public RetrainingReport {
    reasons = List.copyOf(reasons);
  }

  /**
   * How one model does on the gate's data.
   *
   * @param version model version
   * @param holdoutAccuracy accuracy on the held-out set
   * @param holdoutMacroF1 macro-F1 on the held-out set
   * @param correctionsAccuracy accuracy on the held-out corrections, or null when there are none
   * @param correctionsExamples number of held-out corrections
   */
  public record Figures(
      String version,
      double holdoutAccuracy,
      double holdoutMacroF1,
      Double correctionsAccuracy,
      int correctionsExamples) {}
}
