package io.pulse.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code manifest.json} of a saved model: what it is, how it was made and how good it is.
 *
 * @param modelVersion version string stored with every score
 * @param createdAt ISO-8601 creation time
 * @param architecture human-readable description of the network
 * @param textPipeline settings of the text pipeline
 * @param hyperparameters all hyper-parameters, seed included
 * @param seed the random seed (also in the hyper-parameters, repeated for readers)
 * @param trainingData file name to SHA-256 of every training file
 * @param vocabularyFile file with one vocabulary token per line, in id order
 * @param vocabularySize number of vocabulary entries
 * @param parameterFiles DJL parameter files, one per ensemble member
 * @param epochsTrained epochs of the kept weights, per member
 * @param trainingSeconds wall time of the training
 * @param metrics evaluations by split name ({@code dev}, {@code test})
 * @param task what the model predicts ({@code sentiment} or {@code emotion}); absent (null) in
 *     manifests written before tasks existed, which are sentiment models
 * @param labelMapping how labels of the training files were mapped to the task's classes (empty or
 *     null when they were used as they are)
 * @param temperature softmax temperature fitted on dev after training (calibration: probabilities
 *     are {@code p^(1/T)}, renormalised); null (as in older manifests) means 1, uncalibrated
 */
record ModelManifest(
    String modelVersion,
    String createdAt,
    String architecture,
    String textPipeline,
    Hyperparameters hyperparameters,
    long seed,
    Map<String, String> trainingData,
    String vocabularyFile,
    int vocabularySize,
    List<String> parameterFiles,
    List<Integer> epochsTrained,
    double trainingSeconds,
    Map<String, Evaluation> metrics,
    String task,
    Map<String, String> labelMapping,
    Double temperature) {

  static final String FILE_NAME = "manifest.json";

  /** The task of the model; sentiment when the manifest does not name one. */
  Task taskOrSentiment() {
    return Task.parse(task);
  }

  /** The calibration temperature; 1 when none was fitted. */
  double temperatureOrOne() {
    return temperature == null ? 1.0 : temperature;
  }

  ModelManifest withTemperature(double value) {
    return with(metrics, value);
  }

  ModelManifest withMetric(String split, Evaluation evaluation) {
    Map<String, Evaluation> all = new LinkedHashMap<>(metrics);
    all.put(split, evaluation);
    return with(all, temperature);
  }

  private ModelManifest with(Map<String, Evaluation> newMetrics, Double newTemperature) {
    return new ModelManifest(
        modelVersion,
        createdAt,
        architecture,
        textPipeline,
        hyperparameters,
        seed,
        trainingData,
        vocabularyFile,
        vocabularySize,
        parameterFiles,
        epochsTrained,
        trainingSeconds,
        newMetrics,
        task,
        labelMapping,
        newTemperature);
  }
}
