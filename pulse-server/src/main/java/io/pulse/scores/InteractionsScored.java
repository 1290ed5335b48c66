package io.pulse.scores;

import io.pulse.store.StoredInteraction;
import java.util.List;

/**
 * Event: interactions got their first score, which is committed. Published by {@link Scores}
 * (application event, on the scoring thread, after the commit); alerts and spot checks listen.
 *
 * @param interactions the interactions with their current score, in queue order
 */
public record InteractionsScored(List<StoredInteraction> interactions) {

  public InteractionsScored {
    interactions = List.copyOf(interactions);
  }
}
