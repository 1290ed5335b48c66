package io.pulse.flink;

import java.io.Serializable;

/**
 * An item that was not stored, and why.
 *
 * @param origin the file (or topic/partition) it came from
 * @param line its line (or offset)
 * @param problem the rule it broke; names the field, never quotes text or customer
 */
record Rejected(String origin, long line, String problem) implements Serializable {

  /** The message shown to an operator: file, line and rule. */
  String message() {
    return origin
        + (origin.startsWith(KafkaInteractions.ORIGIN) ? " offset " : " line ")
        + line
        + ": "
        + problem;
  }
}
