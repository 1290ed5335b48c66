package io.pulse.ingest;

/**
 * Event: the current sentiment score of a stored interaction changed after it was stored, by a
 * staff correction, a re-score with another model, or a model score replacing a fallback score.
 * Published inside the transaction that changed it; listeners that keep derived state (the alert
 * windows) act after that transaction commits.
 *
 * @param interactionId id of the stored interaction
 * @param previousScore the score that was current before, in [-1, 1]
 * @param currentScore the score that is current now, in [-1, 1]
 */
public record ScoreChanged(long interactionId, double previousScore, double currentScore) {}
