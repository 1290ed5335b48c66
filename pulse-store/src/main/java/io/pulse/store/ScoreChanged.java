package io.pulse.store;

/**
 * The current sentiment score of a stored, already scored interaction was replaced: by a person's
 * correction, a re-score with another model, or a model score replacing a lexicon-fallback score.
 * The server publishes it (as an application event) after the transaction that changed it.
 *
 * @param interactionId id of the stored interaction
 * @param previousScore the score that was current before, in [-1, 1]
 * @param currentScore the score that is current now, in [-1, 1]
 * @param cause what replaced it
 */
public record ScoreChanged(
    long interactionId, double previousScore, double currentScore, Cause cause) {

  /** What replaced a current score. */
  public enum Cause {
    /** A person set the label (a correction or a spot-check answer). */
    CORRECTION,
    /** The model in service re-scored it (a new model version). */
    RESCORE,
    /** The model replaced a score the lexicon fallback gave while the model was down. */
    FALLBACK_REPLACED
  }
}
