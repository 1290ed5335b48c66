package io.pulse.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer's new turn in a conversation, with the scores of the customer's latest turns: what the
 * escalation rule of conversations reads. No text, no personal data.
 *
 * @param conversationId the conversation (ticket, chat or e-mail thread) id
 * @param interactionId id of the stored interaction of this turn
 * @param occurredAt when the turn was written
 * @param customerScores scores of the customer's latest turns, oldest first, ending with this one
 */
public record ConversationTurn(
    String conversationId, String interactionId, Instant occurredAt, List<Double> customerScores) {

  /** Checks the fields; copies the scores. */
  public ConversationTurn {
    if (conversationId == null || conversationId.isBlank()) {
      throw new IllegalArgumentException("conversationId is blank");
    }
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    customerScores = List.copyOf(customerScores);
    if (customerScores.isEmpty()) {
      throw new IllegalArgumentException("customerScores is empty");
    }
  }
}
