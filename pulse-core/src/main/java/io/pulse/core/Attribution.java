package io.pulse.core;

/**
 * How much one word or phrase of a text pushed its sentiment score.
 *
 * @param phrase the word or phrase as it appears in the (redacted) text
 * @param weight change of the score attributed to the phrase: positive values pushed the score up
 *     (towards positive), negative values down
 */
public record Attribution(String phrase, double weight) {}
