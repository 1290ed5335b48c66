package io.pulse.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * A negative-sentiment alert and when someone acknowledged it.
 *
 * @param alertId alert id (used in error messages)
 * @param created when the alert was raised
 * @param acknowledged when it was acknowledged, or {@code null} while open
 */
public record AlertRecord(String alertId, Instant created, Instant acknowledged) {

  /**
   * Checks the times.
   *
   * @throws IllegalArgumentException when the acknowledgement precedes the alert
   */
  public AlertRecord {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(created, "created");
    if (acknowledged != null && acknowledged.isBefore(created)) {
      throw new IllegalArgumentException(
          "alert " + alertId + ": acknowledged " + acknowledged + " is before created " + created);
    }
  }
}
