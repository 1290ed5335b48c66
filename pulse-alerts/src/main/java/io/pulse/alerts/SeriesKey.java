package io.pulse.alerts;

import java.util.Objects;

/**
 * One series of interactions, e.g. {@code product=router-x} or {@code customer=c_ab12...}.
 *
 * @param dimension what the series groups by
 * @param value the product, channel, topic or customer pseudonym
 */
public record SeriesKey(Dimension dimension, String value) {

  /** Checks that both parts are present. */
  public SeriesKey {
    Objects.requireNonNull(dimension, "dimension");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("series value for " + dimension.wireName() + " is blank");
    }
  }

  /** {@code dimension=value}, as used in payloads and reports. */
  @Override
  public String toString() {
    return dimension.wireName() + "=" + value;
  }
}
