package io.pulse.api;

/**
 * What a re-scoring of a time range did.
 *
 * @param version model version of the new scores (of the last batch), or null when none scored
 * @param rescored interactions whose current score is now the new one (first scores included)
 * @param unchanged interactions already scored by that model (insight refreshed)
 * @param keptHuman interactions whose person's label stayed current
 * @param skipped interactions left alone (no score now, or a fallback score would replace the
 *     model's)
 */
public record RescoreReport(
    String version, int rescored, int unchanged, int keptHuman, int skipped) {}
