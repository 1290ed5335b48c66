package io.pulse.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * The sentiment of one interaction of one customer, as the server stores it.
 *
 * @param customerKey customer key; joins with {@link CustomerRfm#customerId()}, so both sides must
 *     use the same key (e.g. the same pseudonym)
 * @param at when the interaction happened
 * @param score sentiment score in [-1, 1] (P(positive) - P(negative))
 */
public record SentimentObservation(String customerKey, Instant at, double score) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the score is outside [-1, 1]
   */
  public SentimentObservation {
    Objects.requireNonNull(customerKey, "customerKey");
    Objects.requireNonNull(at, "at");
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [-1, 1], found " + score);
    }
  }
}
