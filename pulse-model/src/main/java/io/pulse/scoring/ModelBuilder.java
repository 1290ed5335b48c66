package io.pulse.scoring;

import io.pulse.core.SentimentScorer;
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
          + " || hashed word/char n-gram bag; concat -> dropout -> dense+ReLU -> dense(3) -> softmax";

  private final TrainingRequest request;
  private final TrainingProgress progress;

  ModelBuilder(TrainingRequest request, TrainingProgress progress) {
    this.request = request;
    this.progress = progress;
  }

  TrainingSummary build() {
    Hyperparameters hyper = request.hyperparameters();
    List<SentimentDataset> parts = new ArrayList<>();
    for (var file : request.trainFiles()) {
      parts.add(SentimentDataset.read(file));
    }
    SentimentDataset train = SentimentDataset.concat(parts);
    SentimentDataset dev = SentimentDataset.read(request.devFile());
    SentimentDataset test =
        request.testFile() == null ? null : SentimentDataset.read(request.testFile());

    long start = System.nanoTime();
    SentimentTrainer.Result result = new SentimentTrainer(hyper, progress).train(train, dev);
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
            version(hyper, result),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            ARCHITECTURE,
            Featurizer.pipeline(hyper).describe(),
            hyper,
            hyper.seed(),
            Scoring.hashes(request.trainFiles()),
            "vocabulary.txt",
            result.vocabulary().size(),
            parameterFiles,
            result.epochs(),
            Math.round(seconds * 10) / 10.0,
            new LinkedHashMap<>());
    SentimentModel model = new SentimentModel(manifest, result.vocabulary(), result.parameters());
    Evaluation devEvaluation;
    Evaluation testEvaluation = null;
    try (SentimentScorer scorer = new SentimentPredictor(model)) {
      devEvaluation = SentimentEvaluator.evaluate(dev.labels(), scorer.scoreAll(dev.texts()));
      manifest = manifest.withMetric("dev", devEvaluation);
      if (test != null) {
        testEvaluation = SentimentEvaluator.evaluate(test.labels(), scorer.scoreAll(test.texts()));
        manifest = manifest.withMetric("test", testEvaluation);
      }
      try (SentimentModel finished = model.withManifest(manifest)) {
        finished.save(request.outputDirectory());
      }
    }
    return new TrainingSummary(
        manifest.modelVersion(), request.outputDirectory(), devEvaluation, testEvaluation, seconds);
  }

  /** Language + architecture + a content hash of weights and vocabulary: same bytes, same name. */
  private static String version(Hyperparameters hyper, SentimentTrainer.Result result) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] parameters : result.parameters()) {
        digest.update(parameters);
      }
      digest.update(
          String.join("\n", result.vocabulary().tokens())
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      return "pulse-" + hyper.language().substring(0, 2) + "-cnn-bilstm-" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
