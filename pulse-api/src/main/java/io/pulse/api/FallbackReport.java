package io.pulse.api;

/**
 * What one re-scoring of lexicon-fallback scores did.
 *
 * @param rescored interactions whose fallback score the model replaced
 * @param stillFallback fallback scores left (all of them while the model is missing)
 * @param modelVersion the model's version, or null when nothing was re-scored
 */
public record FallbackReport(int rescored, long stillFallback, String modelVersion) {}
