package io.pulse.scoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to train: CSV files with {@code text} and {@code label} columns (plain or gzipped).
 *
 * @param trainFiles training files, concatenated in order
 * @param devFiles dev files for early stopping (and nothing else), concatenated in order
 * @param testFile optional test split, evaluated once after training; may be null
 * @param outputDirectory where the model is written (replaced atomically)
 * @param hyperparameters network and training settings
 * @param task what the model predicts; labels of the files map to its classes ({@link
 *     Task#labelMapping()}) and rows with labels the task skips are left out
 */
public record TrainingRequest(
    List<Path> trainFiles,
    List<Path> devFiles,
    Path testFile,
    Path outputDirectory,
    Hyperparameters hyperparameters,
    Task task) {

  /** Checks that the mandatory parts are present. */
  public TrainingRequest {
    trainFiles = List.copyOf(trainFiles);
    if (trainFiles.isEmpty()) {
      throw new IllegalArgumentException("at least one training file is needed");
    }
    devFiles = List.copyOf(devFiles);
    if (devFiles.isEmpty()) {
      throw new IllegalArgumentException("at least one dev file is needed");
    }
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(hyperparameters, "hyperparameters");
    Objects.requireNonNull(task, "task");
  }

  /** A sentiment model trained with one dev file. */
  public TrainingRequest(
      List<Path> trainFiles,
      Path devFile,
      Path testFile,
      Path outputDirectory,
      Hyperparameters hyperparameters) {
    this(
        trainFiles,
        List.of(Objects.requireNonNull(devFile, "devFile")),
        testFile,
        outputDirectory,
        hyperparameters,
        Task.SENTIMENT);
  }
}
