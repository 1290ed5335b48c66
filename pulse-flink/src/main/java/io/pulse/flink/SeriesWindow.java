package io.pulse.flink;

/**
 * The scores of one series in one window: what the streaming job emits to its aggregates topic and
 * what the window alert rules read. No text, no customer.
 *
 * @param dimension {@code product}, {@code channel} or {@code topic}
 * @param value the product, channel or topic
 * @param windowStart start, epoch milliseconds, inclusive
 * @param windowEnd end, epoch milliseconds, exclusive
 * @param count scored interactions
 * @param mean their mean score
 * @param negatives how many were negative (orange or red)
 */
public record SeriesWindow(
    String dimension,
    String value,
    long windowStart,
    long windowEnd,
    long count,
    double mean,
    long negatives) {}
