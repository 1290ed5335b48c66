package io.pulse.store;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import io.pulse.privacy.RedactionSpan;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An interaction after privacy: redacted text and customer pseudonym only; safe to store.
 *
 * @param externalId the sender's id; storing is idempotent by it
 * @param channel where it came from
 * @param occurredAt when it happened
 * @param customerPseudonym keyed pseudonym of the customer ({@code c_} + 24 hex)
 * @param conversationId conversation it belongs to, or null
 * @param product product it is about, or null
 * @param tags its tags (topics), possibly empty
 * @param language the language the sender declared, or null
 * @param redactedText the text with personal data replaced by placeholders
 * @param redactions where the placeholders stand
 * @param authorRole who wrote it (a conversation's customer, agent or bot)
 */
public record ProtectedInteraction(
    String externalId,
    Channel channel,
    OffsetDateTime occurredAt,
    String customerPseudonym,
    String conversationId,
    String product,
    List<String> tags,
    String language,
    String redactedText,
    List<RedactionSpan> redactions,
    AuthorRole authorRole) {

  /** Null role is the customer's. */
  public ProtectedInteraction {
    authorRole = authorRole == null ? AuthorRole.CUSTOMER : authorRole;
  }

  /** A customer's interaction (no conversation roles). */
  public ProtectedInteraction(
      String externalId,
      Channel channel,
      OffsetDateTime occurredAt,
      String customerPseudonym,
      String conversationId,
      String product,
      List<String> tags,
      String language,
      String redactedText,
      List<RedactionSpan> redactions) {
    this(
        externalId,
        channel,
        occurredAt,
        customerPseudonym,
        conversationId,
        product,
        tags,
        language,
        redactedText,
        redactions,
        AuthorRole.CUSTOMER);
  }
}
