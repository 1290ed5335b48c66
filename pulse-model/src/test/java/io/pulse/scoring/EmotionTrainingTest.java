package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny emotion model on synthetic CARER-style data: one keyword per emotion. */
class EmotionTrainingTest {
  private static final Map<String, String> KEYWORD =
      Map.of(
          "sadness", "hopeless",
          "anger", "furious",
          "fear", "unsure",
          "joy", "thrilled",
          "neutral", "invoice",
          "surprise", "amazed");

  @TempDir static Path directory;
  private static TrainingSummary summary;

  @BeforeAll
  static void trainTinyModel() throws IOException {
    Path train = write("train.csv", 20);
    Path dev = write("dev.csv", 8);
    Hyperparameters tiny =
        Hyperparameters.defaults()
            .with(
                Map.ofEntries(
                    Map.entry("sequenceLength", 8),
                    Map.entry("embeddingSize", 8),
                    Map.entry("convFilters", 8),
                    Map.entry("lstmHidden", 4),
                    Map.entry("ngramBuckets", 512),
                    Map.entry("ngramSlots", 32),
                    Map.entry("ngramSize", 8),
                    Map.entry("denseUnits", 16),
                    Map.entry("maxEpochs", 8),
                    Map.entry("learningRate", 0.005),
                    Map.entry("batchSize", 8),
                    Map.entry("patience", 8),
                    Map.entry("ensembleSize", 1),
                    Map.entry("dropout", 0.1),
                    Map.entry("tokenDropout", 0.0)));
    summary =
        Scoring.train(
            new TrainingRequest(
                List.of(train),
                List.of(dev),
                null,
                directory.resolve("emotion"),
                tiny,
                Task.EMOTION),
            TrainingProgress.NONE);
  }

  private static Path write(String name, int perClass) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id,label,text"));
    int id = 0;
    for (int i = 0; i < perClass; i++) {
      for (Map.Entry<String, String> entry : KEYWORD.entrySet()) {
        // CARER rows say "i feel ..." (dropped when read), neutral rows do not
        String opener = entry.getKey().equals("neutral") ? "" : "i feel ";
        lines.add(id++ + "," + entry.getKey() + "," + opener + entry.getValue() + " today");
      }
    }
    Path file = directory.resolve(name);
    Files.write(file, lines);
    return file;
  }

  @Test
  void learnsTheMappedEmotionsAndSkipsSurprise() {
    assertThat(summary.modelVersion()).startsWith("pulse-en-emotion-cnn-bilstm-");
    assertThat(summary.dev().accuracy()).isGreaterThan(0.9);
    assertThat(summary.dev().examples()).isEqualTo(5 * 8);
    assertThat(summary.dev().classes())
        .extracting(Evaluation.ClassMetrics::label)
        .containsExactly("none", "frustration", "enthusiasm", "uncertainty", "irritation");
  }

  @Test
  void savedModelNamesItsTaskAndMappingAndScoresEmotions() throws IOException {
    assertThat(Files.readString(summary.directory().resolve("manifest.json")))
        .contains("\"task\" : \"emotion\"", "\"sadness\" : \"frustration\"");
    try (EmotionScorer scorer = Scoring.loadEmotions(summary.directory())) {
      List<EmotionScores> scores = scorer.scoreAll(List.of("furious today", "thrilled today", ""));
      assertThat(scores.getFirst().dominant()).isEqualTo(Emotion.IRRITATION);
      assertThat(scores.get(1).dominant()).isEqualTo(Emotion.ENTHUSIASM);
      for (EmotionScores score : scores) {
        assertThat(score.probabilities()).containsOnlyKeys(Emotion.values());
        assertThat(score.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(score.modelVersion()).isEqualTo(summary.modelVersion());
      }
    }
  }

  @Test
  void evaluationMapsFileLabelsLikeTraining() throws IOException {
    Path file = directory.resolve("eval.csv");
    Files.writeString(
        file,
        "id,label,text\n1,anger,i feel furious today\n2,surprise,i feel amazed today\n"
            + "3,neutral,invoice today\n4,positive,i feel thrilled today\n");
    // surprise is skipped; anger, neutral and positive (weakly: enthusiasm) are evaluated
    try (EmotionScorer scorer = Scoring.loadEmotions(summary.directory())) {
      Evaluation evaluation = Scoring.evaluateEmotions(scorer, List.of(file));
      assertThat(evaluation.examples()).isEqualTo(3);
    }
  }

  @Test
  void sentimentAndEmotionModelsAreNotMixedUp() {
    assertThatThrownBy(() -> Scoring.load(summary.directory()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is a model for task emotion, expected task sentiment");
  }
}
