package io.pulse.dashboard;

import java.util.Comparator;

/**
 * A channel, product or topic and how many interactions carry it.
 *
 * @param value the channel, product or topic
 * @param count interactions
 */
record SliceValue(String value, long count) {
  static final Comparator<SliceValue> MOST_FREQUENT =
      Comparator.comparingLong(SliceValue::count).reversed().thenComparing(SliceValue::value);
}
