package io.pulse.alerts;

import java.util.Locale;

/** What a series groups interactions by. */
public enum Dimension {
  CUSTOMER,
  PRODUCT,
  CHANNEL,
  TOPIC;

  /** Lower-case name as used in series keys and settings ({@code product}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
