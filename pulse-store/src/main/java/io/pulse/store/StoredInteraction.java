package io.pulse.store;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import io.pulse.core.SentimentScore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored interaction with its current score, without its text: what follows scoring (alerts, spot
 * checks) needs. The customer is a pseudonym.
 *
 * @param id database id of the interaction
 * @param channel where it came from
 * @param occurredAt when it happened
 * @param customerPseudonym keyed pseudonym of the customer ({@code c_} + 24 hex)
 * @param product product it is about, or {@code null}
 * @param tags its tags (topics), possibly empty
 * @param score its current sentiment score (a person's correction when there is one)
 * @param conversationId the conversation it is a turn of, or {@code null}
 * @param authorRole who wrote it
 */
public record StoredInteraction(
    long id,
    Channel channel,
    OffsetDateTime occurredAt,
    String customerPseudonym,
    String product,
    List<String> tags,
    SentimentScore score,
    String conversationId,
    AuthorRole authorRole) {

  /** Null role is the customer's. */
  public StoredInteraction {
    authorRole = authorRole == null ? AuthorRole.CUSTOMER : authorRole;
  }

  /** A customer's interaction outside any conversation. */
  public StoredInteraction(
      long id,
      Channel channel,
      OffsetDateTime occurredAt,
      String customerPseudonym,
      String product,
      List<String> tags,
      SentimentScore score) {
    this(id, channel, occurredAt, customerPseudonym, product, tags, score, null, null);
  }
}
