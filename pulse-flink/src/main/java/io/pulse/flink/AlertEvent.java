package io.pulse.flink;

/**
 * An alert a series window calls for, as published to the alerts topic (JSON). The id is the same
 * for the same series, kind and window, so a consumer that sees an event twice (after a restart of
 * the job) keeps one.
 *
 * @param id {@code kind:dimension:value:windowEnd}
 * @param kind {@code AGGREGATE_BAND} or {@code NEGATIVE_COUNT}
 * @param dimension {@code product}, {@code channel} or {@code topic}
 * @param value the product, channel or topic
 * @param level the band: {@code ORANGE} or {@code RED}
 * @param score the window's mean score
 * @param count scored interactions in the window
 * @param negatives negative interactions in it
 * @param windowStart ISO-8601 instant, inclusive
 * @param windowEnd ISO-8601 instant, exclusive
 */
public record AlertEvent(
    String id,
    String kind,
    String dimension,
    String value,
    String level,
    double score,
    long count,
    long negatives,
    String windowStart,
    String windowEnd) {}
