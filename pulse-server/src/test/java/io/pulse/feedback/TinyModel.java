package io.pulse.feedback;

import io.pulse.scoring.Hyperparameters;
import io.pulse.scoring.Scoring;
import io.pulse.scoring.TrainingProgress;
import io.pulse.scoring.TrainingRequest;
import io.pulse.scoring.TrainingSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model trained in seconds on synthetic sentences ("the service was great today"), with the
 * training and held-out files a server retrains on: {@code train.csv} and {@code dev.csv}.
 */
final class TinyModel {

  static final Map<String, String> HYPERPARAMETERS =
      Map.ofEntries(
          Map.entry("sequenceLength", "12"),
          Map.entry("embeddingSize", "16"),
          Map.entry("convFilters", "16"),
          Map.entry("lstmHidden", "8"),
          Map.entry("ngramBuckets", "1024"),
          Map.entry("ngramSlots", "48"),
          Map.entry("ngramSize", "8"),
          Map.entry("denseUnits", "16"),
          Map.entry("maxEpochs", "4"),
          Map.entry("batchSize", "8"),
          Map.entry("patience", "4"),
          Map.entry("ensembleSize", "1"),
          Map.entry("dropout", "0.1"),
          Map.entry("tokenDropout", "0.0"));

  private static final List<String> POSITIVE = List.of("great", "lovely", "excellent", "wonderful");
  private static final List<String> NEGATIVE = List.of("terrible", "awful", "broken", "worst");
  private static final List<String> NEUTRAL = List.of("invoice", "address", "form", "receipt");

  private TinyModel() {}

  /** Writes {@code train.csv} and {@code dev.csv} under {@code root} and trains the model. */
  static TrainingSummary train(Path root) {
    try {
      Files.createDirectories(root);
      write(root.resolve("train.csv"), 0, 24);
      write(root.resolve("dev.csv"), 50, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Scoring.train(
        new TrainingRequest(
            List.of(root.resolve("train.csv")),
            root.resolve("dev.csv"),
            null,
            root.resolve("initial-model"),
            Hyperparameters.defaults().with(HYPERPARAMETERS)),
        TrainingProgress.NONE);
  }

  private static void write(Path file, int seed, int perClass) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id,label,text"));
    for (int i = 0; i < perClass; i++) {
      int k = seed + i;
      lines.add(k + ",positive,the service was " + POSITIVE.get(k % 4) + " today");
      lines.add(k + ",negative,the service was " + NEGATIVE.get(k % 4) + " today");
      lines.add(k + ",neutral,please send the " + NEUTRAL.get(k % 4) + " today");
    }
    Files.write(file, lines);
  }
}
