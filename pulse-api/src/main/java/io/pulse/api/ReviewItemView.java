package io.pulse.api;

import java.time.OffsetDateTime;

/**
 * An interaction waiting for review: what the reviewer sees and what the model said.
 *
 * @param interactionId id to answer with ({@code POST /api/v1/review/{interactionId}})
 * @param externalId the sender's id
 * @param channel channel
 * @param occurredAt when it happened
 * @param product product, or null
 * @param text the redacted text
 * @param modelLabel the model's label when sampled
 * @param modelVersion the model that produced it
 * @param confidence the model's top probability
 * @param sampledAt when it was sampled
 */
public record ReviewItemView(
    long interactionId,
    String externalId,
    String channel,
    OffsetDateTime occurredAt,
    String product,
    String text,
    String modelLabel,
    String modelVersion,
    double confidence,
    OffsetDateTime sampledAt) {}
