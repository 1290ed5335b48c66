package io.pulse.cli;

import io.pulse.core.EmotionScorer;
import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --model} option shared by the scoring commands: a model directory or the bundled one.
 */
final class ModelOption {
  @Option(
      names = {"-m", "--model"},
      paramLabel = "DIR",
      description = "Model directory written by 'pulse train' (default: the bundled model).")
  Path directory;

  SentimentScorer load() {
    if (directory == null) {
      return Scoring.loadBundled();
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

  /** The language of the model in the directory (from its manifest). */
  io.pulse.text.Language language() {
    requireModelDirectory();
    return Scoring.languageOf(directory);
  }

  private void requireModelDirectory() {
    if (!Files.isRegularFile(directory.resolve("manifest.json"))) {
      throw new IllegalArgumentException(directory + ": not a model directory (no manifest.json)");
    }
  }
}
