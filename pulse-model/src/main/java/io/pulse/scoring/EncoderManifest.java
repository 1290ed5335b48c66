package io.pulse.scoring;

import java.util.Map;

/**
 * The {@code manifest.json} of an accurate (encoder) model: what it is, how it was made and how
 * good it is. The encoder itself is not in the model directory: it comes from the Maven artifact
 * named in {@code encoder}.
 *
 * @param modelVersion version string stored with every score
 * @param createdAt ISO-8601 creation time
 * @param architecture human-readable description of the network
 * @param encoder the frozen pretrained encoder under the head
 * @param hyperparameters all hyper-parameters of the head and its training, seed included
 * @param seed the random seed (repeated for readers)
 * @param trainingData file name to SHA-256 of every training file
 * @param trainingRows rows used per training source after sampling and repetition
 * @param parameterFile DJL parameter file of the head
 * @param epochsTrained epoch of the kept weights
 * @param temperature softmax temperature fitted on the dev splits
 * @param trainingSeconds wall time of the training, encoding included
 * @param metrics evaluations by split name
 * @param task always {@code sentiment}
 */
record EncoderManifest(
    String modelVersion,
    String createdAt,
    String architecture,
    String encoder,
    EncoderHyperparameters hyperparameters,
    long seed,
    Map<String, String> trainingData,
    Map<String, Integer> trainingRows,
    String parameterFile,
    int epochsTrained,
    float temperature,
    double trainingSeconds,
    Map<String, Evaluation> metrics,
    String task) {

  static final String ARCHITECTURE =
      "frozen encoder token states -> Conv1d(k=3)+ReLU -> max-pool(2) -> BiLSTM -> max over time"
          + " || masked mean of the token states; concat -> dropout -> dense+ReLU -> dense(3) ->"
          + " softmax(logits / temperature); long messages in sentence windows (docs/insight.md)";
}
