package io.pulse.core;

import java.util.Locale;

/** The three sentiment classes, in the order of the model's output vector. */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** Lower-case name as used in files and APIs ({@code negative|neutral|positive}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label case-insensitively.
   *
   * @throws IllegalArgumentException naming the value when it is not one of the three labels
   */
  public static SentimentLabel parse(String value) {
    if (value != null) {
      for (SentimentLabel label : values()) {
        if (label.name().equalsIgnoreCase(value.strip())) {
          return label;
        }
      }
    }
    throw new IllegalArgumentException(
        "label must be one of negative|neutral|positive, found '" + value + "'");
  }
}
