package io.pulse.scoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;

/** Runs one {@link TrainingRequest}: read, train, evaluate, write manifest and weights. */
final class ModelBuilder {
  private static final String ARCHITECTURE =
      "embedding -> Conv1d(k=3)+ReLU -> max-pool -> BiLSTM -> max over time"
          + " || hashed word/char n-gram bag; concat -> dropout -> dense+ReLU -> dense(%d) -> softmax";

  private final TrainingRequest request;
  private final TrainingProgress progress;

  ModelBuilder(TrainingRequest request, TrainingProgress progress) {
    this.request = request;
    this.progress = progress;
  }

  TrainingSummary build() {
    Hyperparameters hyper = request.hyperparameters();
    Task task = request.task();
    ClassDataset train = ClassDataset.read(request.trainFiles(), task);
    ClassDataset dev = ClassDataset.read(request.devFiles(), task);
    ClassDataset test =
        request.testFile() == null ? null : ClassDataset.read(request.testFile(), task);

    long start = System.nanoTime();
    SentimentTrainer.Result result = new SentimentTrainer(hyper, progress, task).train(train, dev);
    double seconds = (System.nanoTime() - start) / 1e9;

    List<String> parameterFiles = new ArrayList<>();
    for (int i = 0; i < result.parameters().size(); i++) {
      boolean bag = i >= hyper.ensembleSize();
      parameterFiles.add(
          bag
              ? SentimentNetwork.BAG_PREFIX + (i - hyper.ensembleSize()) + ".params"
              : "member-" + i + ".params");
    }
    ModelManifest manifest =
        new ModelManifest(
            version(hyper, task, result),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            String.format(java.util.Locale.ROOT, ARCHITECTURE, task.classes().size()),
            Featurizer.describe(hyper),
            hyper,
            hyper.seed(),
            Scoring.hashes(request.trainFiles()),
            "vocabulary.txt",
            result.vocabulary().size(),
            parameterFiles,
            result.epochs(),
            Math.round(seconds * 10) / 10.0,
            new LinkedHashMap<>(),
            task.wireName(),
            task.labelMapping(),
            null);
    Evaluation devEvaluation;
    Evaluation testEvaluation = null;
    try (SentimentModel raw =
        new SentimentModel(manifest, result.vocabulary(), result.parameters())) {
      manifest =
          manifest.withTemperature(
              Calibration.fitTemperature(raw.probabilities(dev.texts()), dev.labels()));
    }
    try (SentimentModel model =
        new SentimentModel(manifest, result.vocabulary(), result.parameters())) {
      devEvaluation = evaluate(model, dev, task);
      manifest = manifest.withMetric("dev", devEvaluation);
      if (test != null) {
        testEvaluation = evaluate(model, test, task);
        manifest = manifest.withMetric("test", testEvaluation);
      }
      try (SentimentModel finished = model.withManifest(manifest)) {
        finished.save(request.outputDirectory());
      }
    }
    return new TrainingSummary(
        manifest.modelVersion(), request.outputDirectory(), devEvaluation, testEvaluation, seconds);
  }

  private static Evaluation evaluate(SentimentModel model, ClassDataset data, Task task) {
    return ClassEvaluator.evaluate(
        data.labels(), model.probabilities(data.texts()), task.classes());
  }

  /**
   * Language + task (other than sentiment) + architecture + a content hash of weights and
   * vocabulary: same bytes, same name.
   */
  private static String version(Hyperparameters hyper, Task task, SentimentTrainer.Result result) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] parameters : result.parameters()) {
        digest.update(parameters);
      }
      digest.update(
          String.join("\n", result.vocabulary().tokens())
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      String kind = task == Task.SENTIMENT ? "" : task.wireName() + "-";
      return "pulse-" + hyper.language().substring(0, 2) + "-" + kind + "cnn-bilstm-" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
