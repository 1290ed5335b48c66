package io.pulse.cli;

import io.pulse.core.EmotionScorer;
import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --model} option shared by the scoring commands: a bundled model by name ({@code
 * accurate}, the default, or {@code fast}) or a model directory.
 */
final class ModelOption {
  @Option(
      names = {"-m", "--model"},
      paramLabel = "MODEL",
      description =
          "accurate (bundled, the default), fast (bundled, for bulk re-scoring) or a model"
              + " directory written by 'pulse train' or 'pulse train-accurate'.")
  Path directory;

  SentimentScorer load() {
    if (directory == null) {
      return Scoring.loadBundled();
    }
    if (isBundledName()) {
      return Scoring.loadBundled(directory.toString());
    }
    requireModelDirectory();
    return Scoring.load(directory);
  }

  /** The emotion model in the directory, else the bundled emotion model. */
  EmotionScorer loadEmotions() {
    if (directory == null) {
      return Scoring.loadBundledEmotions();
    }
    requireModelDirectory();
    return Scoring.loadEmotions(directory);
  }

  /** A bundled model's name, unless a directory of that name exists. */
  private boolean isBundledName() {
    return Scoring.BUNDLED_NAMES.contains(directory.toString()) && !Files.isDirectory(directory);
  }

  /** The language of the model: English for the bundled ones, else from its manifest. */
  io.pulse.text.Language language() {
    if (isBundledName()) {
      return io.pulse.text.Language.ENGLISH;
    }
    requireModelDirectory();
    return Scoring.languageOf(directory);
  }

  private void requireModelDirectory() {
    if (!Files.isRegularFile(directory.resolve("manifest.json"))) {
      throw new IllegalArgumentException(directory + ": not a model directory (no manifest.json)");
    }
  }
}
