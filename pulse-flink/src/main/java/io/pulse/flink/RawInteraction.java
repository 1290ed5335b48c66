package io.pulse.flink;

import io.pulse.ingest.NewInteraction;
import java.io.Serializable;

/**
 * One item as read (from a file or a Kafka record), validated by the ingest rules or not.
 *
 * @param origin where it came from: a file path, or {@code topic/partition}
 * @param line its line in the file, or its offset in the partition
 * @param interaction the validated interaction (still holding personal data), or null when invalid
 * @param problem why it is invalid (names the field, never quotes text or customer), or null
 */
record RawInteraction(String origin, long line, NewInteraction interaction, String problem)
    implements Serializable {

  /** Never prints the interaction's text or customer. */
  @Override
  public String toString() {
    return "RawInteraction[" + origin + ":" + line + (problem == null ? "" : ", " + problem) + "]";
  }
}
