package io.pulse.flink;

import io.pulse.core.Channel;
import java.time.Duration;
import java.util.List;

/**
 * What a backfill reads, how it scores and where it stores.
 *
 * @param inputs files or directories (local paths or any Flink file system URI)
 * @param jdbcUrl the PostgreSQL database interactions are stored in
 * @param jdbcUser its user (the password comes from {@code PULSE_DB_PASSWORD} where tasks run)
 * @param privacyKeyFile file holding the server's pseudonym key, or null for {@code
 *     PULSE_PRIVACY_KEY}
 * @param model {@code fast}, {@code accurate} or a model directory
 * @param parallelism parallel tasks of every operator (task slots used), or 0 for the default
 * @param batchSize interactions scored and stored together
 * @param checkpointInterval how often progress is checkpointed
 * @param defaultChannel channel of CSV files without a channel column, or null
 * @param maxTextChars longest accepted text
 */
public record BackfillOptions(
    List<String> inputs,
    String jdbcUrl,
    String jdbcUser,
    String privacyKeyFile,
    String model,
    int parallelism,
    int batchSize,
    Duration checkpointInterval,
    Channel defaultChannel,
    int maxTextChars) {

  public BackfillOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is required: name a file or a directory");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException(
          "--batch-size must be between 1 and 10000; found " + batchSize);
    }
    if (parallelism < 0) {
      throw new IllegalArgumentException("--parallelism must be 1 or more; found " + parallelism);
    }
    if (checkpointInterval.toMillis() < 100) {
      throw new IllegalArgumentException(
          "--checkpoint-interval must be at least 100 ms; found " + checkpointInterval);
    }
  }
}
