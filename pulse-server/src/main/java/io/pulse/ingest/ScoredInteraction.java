package io.pulse.ingest;

import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;

/**
 * A protected interaction with its analysis: what one store operation writes. {@code score} is null
 * for an unscored interaction (e.g. an unsupported language), which is stored without a score row.
 */
record ScoredInteraction(ProtectedInteraction interaction, Analysis analysis) {

  /** A plain model score without further insight (tests). */
  ScoredInteraction(ProtectedInteraction interaction, SentimentScore score) {
    this(interaction, Analysis.ofScore(score));
  }

  /** The score to store, or null when unscored. */
  SentimentScore score() {
    return analysis.score();
  }
}
