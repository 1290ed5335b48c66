package io.pulse.scoring;

import java.nio.file.Path;

/**
 * Result of {@link Scoring#train}.
 *
 * @param modelVersion version string of the new model
 * @param directory where it was saved
 * @param dev evaluation on the dev split
 * @param test evaluation on the test split, or null when none was given
 * @param trainingSeconds wall time of training (featurising and all ensemble members)
 */
public record TrainingSummary(
    String modelVersion, Path directory, Evaluation dev, Evaluation test, double trainingSeconds) {}
