package io.pulse.ingest;

import io.pulse.core.Channel;
import io.pulse.core.SentimentScore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An interaction as committed to the store, without its text: what {@link
 * StoredInteractionListener}s receive. The customer is a pseudonym.
 *
 * @param id database id of the interaction
 * @param channel where it came from
 * @param occurredAt when it happened
 * @param customerPseudonym keyed pseudonym of the customer ({@code c_} + 24 hex)
 * @param product product it is about, or {@code null}
 * @param tags its tags (topics), possibly empty
 * @param score its sentiment score
 */
public record StoredInteraction(
    long id,
    Channel channel,
    OffsetDateTime occurredAt,
    String customerPseudonym,
    String product,
    List<String> tags,
    SentimentScore score) {}
