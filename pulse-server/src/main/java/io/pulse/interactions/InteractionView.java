package io.pulse.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A stored interaction with its current score, as returned by queries. {@code text} is the redacted
 * text; {@code customer} the pseudonym. {@code language} is what the sender declared, {@code
 * detectedLanguage} what the message was routed by; {@code scoring} is {@code scored}, or {@code
 * unscored} (no {@code score}) with {@code unscoredReason}, e.g. {@code unsupported language}.
 * {@code mixed} messages list their strongest positive and negative clause in {@code mixedParts};
 * {@code aspects} carry the sentiment of the clauses naming them; {@code emotions} are
 * probabilities (English and Norwegian messages, when their emotion model is loaded). {@code
 * authorRole} says who wrote a conversation's turn: {@code customer}, {@code agent} or {@code bot}.
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
    Score score,
    String detectedLanguage,
    String languageSource,
    String scoring,
    String unscoredReason,
    boolean mixed,
    JsonNode mixedParts,
    List<Aspect> aspects,
    String emotion,
    JsonNode emotions,
    String authorRole) {

  /** An aspect mentioned by the interaction and the sentiment of the clauses naming it. */
  record Aspect(String aspect, double score) {}

  /**
   * The same view without message text: no text, no redaction spans, no mixed parts' text (their
   * scores and labels stay).
   */
  InteractionView withoutText() {
    JsonNode parts = mixedParts;
    if (parts != null && parts.isArray()) {
      tools.jackson.databind.node.ArrayNode stripped =
          tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      for (JsonNode part : parts) {
        if (part instanceof tools.jackson.databind.node.ObjectNode object) {
          tools.jackson.databind.node.ObjectNode copy = object.deepCopy();
          copy.remove("text");
          stripped.add(copy);
        }
      }
      parts = stripped;
    }
    return new InteractionView(
        id,
        externalId,
        channel,
        occurredAt,
        customer,
        conversationId,
        product,
        tags,
        language,
        null,
        null,
        ingestedAt,
        score,
        detectedLanguage,
        languageSource,
        scoring,
        unscoredReason,
        mixed,
        parts,
        aspects,
        emotion,
        emotions,
        authorRole);
  }

  InteractionView withAspects(List<Aspect> found) {
    return new InteractionView(
        id,
        externalId,
        channel,
        occurredAt,
        customer,
        conversationId,
        product,
        tags,
        language,
        text,
        redactions,
        ingestedAt,
        score,
        detectedLanguage,
        languageSource,
        scoring,
        unscoredReason,
        mixed,
        mixedParts,
        found,
        emotion,
        emotions,
        authorRole);
  }

  /**
   * The current score of an interaction; {@code scoredBy} is {@code model}, {@code fallback} (the
   * lexicon, re-scored later) or, for a person's correction, {@code human:<user>}.
   */
  record Score(
      String label,
      double score,
      double negative,
      double neutral,
      double positive,
      double confidence,
      String modelVersion,
      OffsetDateTime scoredAt,
      String scoredBy) {}
}
