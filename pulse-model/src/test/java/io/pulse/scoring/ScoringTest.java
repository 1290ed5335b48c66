package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringTest {
  private static final List<String> POSITIVE =
      List.of("great", "love", "thanks", "awesome", "amazing", "happy", "excellent", "wonderful");
  private static final List<String> NEGATIVE =
      List.of("terrible", "hate", "awful", "delayed", "lost", "worst", "angry", "rude");
  private static final List<String> NEUTRAL =
      List.of("invoice", "address", "schedule", "order", "form", "update", "receipt", "details");

  @TempDir static Path directory;
  private static TrainingSummary summary;

  /** Tiny synthetic data: the sentiment lies in one keyword per sentence. */
  @BeforeAll
  static void trainTinyModel() throws IOException {
    Path train = write("train.csv", 0, 40);
    Path dev = write("dev.csv", 40, 12);
    Hyperparameters tiny =
        Hyperparameters.defaults()
            .with(
                Map.ofEntries(
                    Map.entry("sequenceLength", 12),
                    Map.entry("embeddingSize", 16),
                    Map.entry("convFilters", 16),
                    Map.entry("lstmHidden", 8),
                    Map.entry("ngramBuckets", 1024),
                    Map.entry("ngramSlots", 48),
                    Map.entry("ngramSize", 8),
                    Map.entry("denseUnits", 16),
                    Map.entry("maxEpochs", 8),
                    Map.entry("batchSize", 8),
                    Map.entry("patience", 8),
                    Map.entry("minFrequency", 1),
                    Map.entry("ensembleSize", 1),
                    Map.entry("dropout", 0.1),
                    Map.entry("tokenDropout", 0.0)));
    summary =
        Scoring.train(
            new TrainingRequest(List.of(train), dev, null, directory.resolve("model"), tiny),
            TrainingProgress.NONE);
  }

  private static Path write(String name, int seed, int perClass) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id,label,text"));
    for (int i = 0; i < perClass; i++) {
      int k = seed + i;
      lines.add(k + ",positive,the flight was " + POSITIVE.get(k % 8) + " today");
      lines.add(k + ",negative,the flight was " + NEGATIVE.get(k % 8) + " today");
      lines.add(k + ",neutral,please send the " + NEUTRAL.get(k % 8) + " today");
    }
    Path file = directory.resolve(name);
    Files.write(file, lines);
    return file;
  }

  @Test
  void tinyTrainingLearnsTheKeywords() {
    assertThat(summary.dev().accuracy()).isGreaterThan(0.9);
    assertThat(summary.modelVersion()).startsWith("pulse-en-cnn-bilstm-");
  }

  @Test
  void savedModelHasManifestWithDataHashAndVocabulary() throws IOException {
    String manifest = Files.readString(summary.directory().resolve("manifest.json"));
    assertThat(manifest).contains("train.csv\"", "\"seed\"", "\"dev\"", "macroF1");
    assertThat(Files.readAllLines(summary.directory().resolve("vocabulary.txt")))
        .startsWith("<pad>", "<oov>");
  }

  @Test
  void loadingTheSavedModelGivesIdenticalPredictions() {
    List<String> texts = List.of("the flight was great today", "please send the invoice", "");
    try (SentimentScorer first = Scoring.load(summary.directory());
        SentimentScorer second = Scoring.load(summary.directory())) {
      List<SentimentScore> a = first.scoreAll(texts);
      assertThat(second.scoreAll(texts)).isEqualTo(a);
      assertThat(a.getFirst().label()).isEqualTo(SentimentLabel.POSITIVE);
      assertThat(a.get(1).label()).isEqualTo(SentimentLabel.NEUTRAL);
      assertThat(a.getFirst().modelVersion()).isEqualTo(summary.modelVersion());
    }
  }

  @Test
  void badLabelIsReportedWithFileAndLine() throws IOException {
    Path bad = directory.resolve("bad.csv");
    Files.writeString(bad, "text,label\nfine,positive\n\"two\nlines\",neutral\nhm,good\n");
    assertThatThrownBy(() -> Scoring.evaluate(null, bad))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(bad + " line 5: label must be one of negative|neutral|positive, found 'good'");
  }

  @Test
  void foreignLabelsAreMappedAndUnmappedRowsSkipped() throws IOException {
    Path emotions = directory.resolve("emotions.csv");
    Files.writeString(
        emotions,
        "text,emotion\nthe flight was great today,joy\nthe flight was awful today,anger\n"
            + "the flight was late today,surprise\n");
    try (SentimentScorer scorer = Scoring.load(summary.directory())) {
      Evaluation evaluation =
          Scoring.evaluate(
              scorer,
              new LabelledFile(
                  emotions,
                  "text",
                  "emotion",
                  Map.of("joy", SentimentLabel.POSITIVE, "anger", SentimentLabel.NEGATIVE),
                  null));
      assertThat(evaluation.examples()).isEqualTo(2);
      assertThat(evaluation.accuracy()).isEqualTo(1.0);
      Evaluation expectedNeutral =
          Scoring.evaluate(
              scorer, new LabelledFile(emotions, "text", "none", Map.of(), SentimentLabel.NEUTRAL));
      assertThat(expectedNeutral.examples()).isEqualTo(3);
    }
  }

  @Test
  void divergingTrainingFailsInsteadOfSavingAModel() throws IOException {
    Path train = write("diverge-train.csv", 0, 8);
    Path dev = write("diverge-dev.csv", 8, 4);
    Hyperparameters exploding =
        Hyperparameters.defaults()
            .with(
                Map.of(
                    "sequenceLength", 8,
                    "ensembleSize", 1,
                    "maxEpochs", 2,
                    "batchSize", 8,
                    "learningRate", 1e30));
    Path output = directory.resolve("diverged");

    assertThatThrownBy(() ->
            Scoring.train(
                new TrainingRequest(List.of(train), dev, null, output, exploding),
                TrainingProgress.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("training diverged: network 1, epoch 1, loss");
    assertThat(output).doesNotExist();
  }

  @Test
  void unknownHyperparameterIsNamed() {
    assertThatThrownBy(() -> Hyperparameters.defaults().with(Map.of("lstmSize", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lstmSize");
  }
}
