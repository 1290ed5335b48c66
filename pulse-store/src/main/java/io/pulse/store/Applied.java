package io.pulse.store;

import java.util.List;
import java.util.Map;

/**
 * What storing analyses did.
 *
 * @param decisions per interaction id, what happened to its scores
 * @param scored interactions that were waiting for their first score and have a current score now
 *     (with that score): what alerts and spot checks act on
 * @param changes current scores that were replaced (one per interaction at most)
 */
public record Applied(
    Map<Long, ScoreDecision> decisions,
    List<StoredInteraction> scored,
    List<ScoreChanged> changes) {

  public Applied {
    decisions = Map.copyOf(decisions);
    scored = List.copyOf(scored);
    changes = List.copyOf(changes);
  }

  /** How many interactions got this decision. */
  public long count(ScoreDecision decision) {
    return decisions.values().stream().filter(decision::equals).count();
  }
}
