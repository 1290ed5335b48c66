package io.pulse.flink;

import io.pulse.store.InteractionStore.Analyzed;
import java.util.ArrayList;
import java.util.List;

/**
 * One score in one series (product, channel or topic), as the windows need it: no text, no
 * customer.
 *
 * @param externalId the interaction's external id (to count it once per series)
 * @param dimension {@code product}, {@code channel} or {@code topic}
 * @param value the product, channel or topic
 * @param occurredAt when the interaction happened, epoch milliseconds (event time)
 * @param score the interaction's score in [-1, 1]
 */
public record SeriesScore(
    String externalId, String dimension, String value, long occurredAt, double score) {

  /** The key that counts an interaction once per series. */
  String once() {
    return externalId + "|" + key();
  }

  /** The series key, {@code dimension:value}. */
  String key() {
    return dimension + ":" + value;
  }

  /** The series scores of a scored interaction; none for an unscored one. */
  static List<SeriesScore> of(Analyzed item) {
    if (item.analysis().score() == null) {
      return List.of();
    }
    double score = item.analysis().score().score();
    String id = item.interaction().externalId();
    long at = item.interaction().occurredAt().toInstant().toEpochMilli();
    List<SeriesScore> out = new ArrayList<>(4);
    out.add(new SeriesScore(id, "channel", item.interaction().channel().wireName(), at, score));
    if (item.interaction().product() != null) {
      out.add(new SeriesScore(id, "product", item.interaction().product(), at, score));
    }
    for (String tag : item.interaction().tags()) {
      out.add(new SeriesScore(id, "topic", tag, at, score));
    }
    return out;
  }
}
