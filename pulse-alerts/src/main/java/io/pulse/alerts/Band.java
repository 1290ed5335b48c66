package io.pulse.alerts;

/**
 * Sentiment bands, in order of rising severity: {@link #compareTo} orders them, so {@code
 * RED.compareTo(ORANGE) > 0}. Where a score falls is defined by {@link AlertConfig.Bands#classify}.
 */
public enum Band {
  GREEN,
  YELLOW,
  ORANGE,
  RED;

  /** The more severe of the two. */
  public Band max(Band other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The next more severe band; {@code RED} stays {@code RED}. */
  public Band raised() {
    return this == RED ? RED : values()[ordinal() + 1];
  }
}
