package io.pulse.flink;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The English sentiment model a job scores with: {@code fast} (the CNN + BiLSTM bundled with Pulse,
 * for bulk backfills), {@code accurate} (the model directory {@code models/accurate}, when it is
 * installed) or any model directory. Norwegian, emotions, aspects and language detection are the
 * server's bundled defaults in every tier.
 *
 * @param value {@code fast}, {@code accurate} or a model directory
 */
record ModelTier(String value) implements Serializable {

  static final String FAST = "fast";
  static final String ACCURATE = "accurate";
  static final Path ACCURATE_DIRECTORY = Path.of("models", "accurate");

  /**
   * Checks the choice where the job is built, so a typo fails before the job starts.
   *
   * @throws IllegalArgumentException naming the option, the rule and the value
   */
  ModelTier {
    if (!value.equals(FAST) && !Files.isDirectory(directory(value))) {
      throw new IllegalArgumentException(
          "--model must be fast, accurate (installed in "
              + ACCURATE_DIRECTORY
              + ") or a model directory; found '"
              + value
              + "'"
              + (value.equals(ACCURATE) ? ": " + ACCURATE_DIRECTORY + " does not exist" : ""));
    }
  }

  /** Loads the model; called once per task. */
  SentimentScorer load() {
    return value.equals(FAST) ? Scoring.loadBundled() : Scoring.load(directory(value));
  }

  private static Path directory(String value) {
    return value.equals(ACCURATE) ? ACCURATE_DIRECTORY : Path.of(value);
  }
}
