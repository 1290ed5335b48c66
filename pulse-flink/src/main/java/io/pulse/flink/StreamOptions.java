package io.pulse.flink;

import java.time.Duration;
import java.util.Map;

/**
 * What the streaming job reads, how it scores, where it stores and publishes.
 *
 * @param bootstrapServers Kafka brokers
 * @param topic raw interactions (one JSON object per record, the ingest API's fields)
 * @param groupId consumer group (offsets are committed on checkpoints)
 * @param aggregatesTopic where series windows go
 * @param alertsTopic where alert events go (the notifier's input)
 * @param jdbcUrl the PostgreSQL database interactions are stored in
 * @param jdbcUser its user (password from {@code PULSE_DB_PASSWORD} where tasks run)
 * @param privacyKeyFile file with the server's pseudonym key, or null for {@code PULSE_PRIVACY_KEY}
 * @param model {@code fast}, {@code accurate} or a model directory
 * @param parallelism parallel tasks, or 0 for the default
 * @param batchSize items scored and stored together at most
 * @param maxWait longest an item waits for its batch to fill
 * @param checkpointInterval how often progress is checkpointed
 * @param alertSettings {@code alerts.*} settings over the defaults (window, step, bands, counts)
 * @param lateness how far out of order event times may arrive
 * @param bounded stop at the offsets that are the latest when the job starts (tests, replays)
 */
public record StreamOptions(
    String bootstrapServers,
    String topic,
    String groupId,
    String aggregatesTopic,
    String alertsTopic,
    String jdbcUrl,
    String jdbcUser,
    String privacyKeyFile,
    String model,
    int parallelism,
    int batchSize,
    Duration maxWait,
    Duration checkpointInterval,
    Map<String, String> alertSettings,
    Duration lateness,
    boolean bounded) {

  public StreamOptions {
    alertSettings = Map.copyOf(alertSettings);
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException(
          "--batch-size must be between 1 and 10000; found " + batchSize);
    }
    if (parallelism < 0) {
      throw new IllegalArgumentException("--parallelism must be 1 or more; found " + parallelism);
    }
    SeriesWindows.config(alertSettings); // fails here, naming the setting, not in a task
  }
}
