package io.pulse.ingest;

import io.pulse.core.SentimentScore;

/** A protected interaction with its score: what one store operation writes. */
record ScoredInteraction(ProtectedInteraction interaction, SentimentScore score) {}
