package io.pulse.retrain;

import io.pulse.scoring.Hyperparameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to retrain on and how to judge the candidate.
 *
 * @param baseTrainingFiles the original training CSV files ({@code text}, {@code label})
 * @param holdoutFile the fixed held-out set (e.g. the airline dev split; never a test split): early
 *     stopping and the gate
 * @param corrections staff corrections; a deterministic share {@code heldOutShare} (by id) is kept
 *     out of training and used by the gate
 * @param heldOutShare share of corrections held out, in [0, 1)
 * @param correctionWeight how many times each training correction is repeated (a few corrections
 *     must weigh against thousands of original rows), at least 1
 * @param hyperparameters settings of the candidate
 * @param tolerance how much lower the candidate's held-out accuracy and macro-F1 may be, in [0, 1)
 * @param outputDirectory where the candidate model is written
 * @param workDirectory where the correction CSV files are written
 */
public record RetrainingRequest(
    List<Path> baseTrainingFiles,
    Path holdoutFile,
    List<Correction> corrections,
    double heldOutShare,
    int correctionWeight,
    Hyperparameters hyperparameters,
    double tolerance,
    Path outputDirectory,
    Path workDirectory) {

  /** Validates the ranges, naming the bad field. */
  public RetrainingRequest {
    baseTrainingFiles = List.copyOf(baseTrainingFiles);
    corrections = List.copyOf(corrections);
    Objects.requireNonNull(holdoutFile, "holdoutFile");
    Objects.requireNonNull(hyperparameters, "hyperparameters");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(workDirectory, "workDirectory");
    if (baseTrainingFiles.isEmpty() && corrections.isEmpty()) {
      throw new IllegalArgumentException("nothing to train on: no training files, no corrections");
    }
    if (heldOutShare < 0 || heldOutShare >= 1) {
      throw new IllegalArgumentException("heldOutShare must be in [0, 1), found " + heldOutShare);
    }
    if (correctionWeight < 1) {
      throw new IllegalArgumentException(
          "correctionWeight must be >= 1, found " + correctionWeight);
    }
    if (tolerance < 0 || tolerance >= 1) {
      throw new IllegalArgumentException("tolerance must be in [0, 1), found " + tolerance);
    }
  }
}
