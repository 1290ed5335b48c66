package io.pulse.core;

import java.util.Locale;

/** Where a customer interaction came from. */
public enum Channel {
  EMAIL,
  TICKET,
  CHAT,
  CALL,
  SOCIAL,
  REVIEW,
  SURVEY,
  NOTE;

  /** Lower-case name as used in files and APIs. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a channel case-insensitively.
   *
   * @throws IllegalArgumentException naming the allowed values and the value found
   */
  public static Channel parse(String value) {
    if (value != null) {
      for (Channel channel : values()) {
        if (channel.name().equalsIgnoreCase(value.strip())) {
          return channel;
        }
      }
    }
    throw new IllegalArgumentException(
        "channel must be one of email|ticket|chat|call|social|review|survey|note, found '"
            + value
            + "'");
  }
}
