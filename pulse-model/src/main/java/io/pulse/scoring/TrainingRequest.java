package io.pulse.scoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to train: CSV files with {@code text} and {@code label} columns (plain or gzipped).
 *
 * @param trainFiles training files, concatenated in order
 * @param devFile dev split for early stopping (and nothing else)
 * @param testFile optional test split, evaluated once after training; may be null
 * @param outputDirectory where the model is written (replaced atomically)
 * @param hyperparameters network and training settings
 */
public record TrainingRequest(
    List<Path> trainFiles,
    Path devFile,
    Path testFile,
    Path outputDirectory,
    Hyperparameters hyperparameters) {

  /** Checks that the mandatory parts are present. */
  public TrainingRequest {
    trainFiles = List.copyOf(trainFiles);
    if (trainFiles.isEmpty()) {
      throw new IllegalArgumentException("at least one training file is needed");
    }
    Objects.requireNonNull(devFile, "devFile");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(hyperparameters, "hyperparameters");
  }
}
