package io.pulse.alerts;

/** An alert the rules would raise, before de-duplication and cooldown. */
record Candidate(
    AlertKind kind, SeriesKey series, Band level, Evidence evidence, String interactionId) {}
