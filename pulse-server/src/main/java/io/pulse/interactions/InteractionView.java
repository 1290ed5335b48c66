package io.pulse.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A stored interaction with its current score, as returned by queries. {@code text} is the redacted
 * text; {@code customer} the pseudonym.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InteractionView(
    long id,
    String externalId,
    String channel,
    OffsetDateTime occurredAt,
    String customer,
    String conversationId,
    String product,
    List<String> tags,
    String language,
    String text,
    JsonNode redactions,
    OffsetDateTime ingestedAt,
    Score score) {

  /** The current score of an interaction. */
  record Score(
      String label,
      double score,
      double negative,
      double neutral,
      double positive,
      double confidence,
      String modelVersion,
      OffsetDateTime scoredAt) {}
}
