package io.pulse.feedback;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the learning loop ({@code pulse.feedback.*}).
 *
 * @param sampleRate share of scored interactions sampled for spot checks, in (0, 1]
 * @param lowConfidenceBoost how much more likely the least confident prediction is sampled than a
 *     certain one: weight = 1 + boost x uncertainty; 0 samples uniformly within each label
 * @param samplingSeed seed of the sampler (deterministic sampling for tests); null for random
 * @param tolerance how much lower a retrained candidate's held-out accuracy and macro-F1 may be
 * @param retrainCron Spring cron expression for scheduled retraining; {@code -} for none
 * @param trainingFiles the original training files retraining starts from
 * @param holdoutFile the fixed held-out set of the gate (the airline dev split; never a test split)
 * @param heldOutShare share of corrections kept out of training for the gate
 * @param correctionWeight how many times each correction is repeated in the training data
 * @param hyperparameters overrides of the default hyper-parameters for retraining
 */
@ConfigurationProperties("pulse.feedback")
record FeedbackProperties(
    @DefaultValue("0.07") double sampleRate,
    @DefaultValue("3") double lowConfidenceBoost,
    Long samplingSeed,
    @DefaultValue("0.01") double tolerance,
    @DefaultValue("-") String retrainCron,
    @DefaultValue({
          "datasets/airline-tweets/train.csv.gz",
          "datasets/business-neutral/train.csv",
          "datasets/emotion-sentiment/train.csv"
        })
        List<String> trainingFiles,
    @DefaultValue("datasets/airline-tweets/dev.csv.gz") String holdoutFile,
    @DefaultValue("0.2") double heldOutShare,
    @DefaultValue("10") int correctionWeight,
    Map<String, String> hyperparameters) {

  /** Checks every range; the message names setting, rule and value. */
  FeedbackProperties {
    if (!(sampleRate > 0 && sampleRate <= 1)) {
      throw bad("sample-rate", "must be in (0, 1]", sampleRate);
    }
    if (!(lowConfidenceBoost >= 0)) {
      throw bad("low-confidence-boost", "must be >= 0", lowConfidenceBoost);
    }
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw bad("tolerance", "must be in [0, 1)", tolerance);
    }
    if (!(heldOutShare >= 0 && heldOutShare < 1)) {
      throw bad("held-out-share", "must be in [0, 1)", heldOutShare);
    }
    if (correctionWeight < 1) {
      throw bad("correction-weight", "must be >= 1", correctionWeight);
    }
    hyperparameters = hyperparameters == null ? Map.of() : Map.copyOf(hyperparameters);
    trainingFiles = List.copyOf(trainingFiles);
  }

  private static IllegalStateException bad(String name, String rule, Object value) {
    return new IllegalStateException(
        "pulse.feedback." + name + " " + rule + "; found '" + value + "'");
  }
}
