package io.pulse.api;

/**
 * The scoring backlog ({@code GET /api/v1/scoring/backlog}).
 *
 * @param queued interactions waiting for scoring (all instances)
 * @param oldestAgeSeconds how long the oldest of them has waited
 */
public record ScoringBacklog(long queued, double oldestAgeSeconds) {}
