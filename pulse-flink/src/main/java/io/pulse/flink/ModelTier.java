package io.pulse.flink;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The English sentiment model a job scores with: {@code fast} (the CNN + BiLSTM over its own
 * embeddings, bundled, for bulk backfills), {@code accurate} (the bundled default: the CNN + BiLSTM
 * head over the pretrained encoder's token states) or any model directory. Norwegian, emotions,
 * aspects and language detection are the server's bundled defaults in every tier.
 *
 * @param value {@code fast}, {@code accurate} or a model directory
 */
record ModelTier(String value) implements Serializable {

  static final String FAST = "fast";
  static final String ACCURATE = "accurate";

  /**
   * Checks the choice where the job is built, so a typo fails before the job starts.
   *
   * @throws IllegalArgumentException naming the option, the rule and the value
   */
  ModelTier {
    if (!value.equals(FAST) && !value.equals(ACCURATE) && !Files.isDirectory(Path.of(value))) {
      throw new IllegalArgumentException(
          "--model must be fast, accurate or a model directory; found '" + value + "'");
    }
  }

  /** Loads the model; called once per task. */
  SentimentScorer load() {
    return value.equals(FAST) || value.equals(ACCURATE)
        ? Scoring.loadBundled(value)
        : Scoring.load(Path.of(value));
  }
}
