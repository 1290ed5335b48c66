package io.pulse.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Shape of one interaction in requests; documents the API (bodies are read as JSON trees). */
@Schema(name = "Interaction", description = "One customer interaction as sent to Pulse")
record InteractionRequest(
    @Schema(
            description = "Your id; the same id twice is stored once",
            example = "ticket-1042",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String externalId,
    @Schema(
            description = "email|ticket|chat|call|social|review|survey|note",
            example = "email",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String channel,
    @Schema(
            description = "ISO-8601 with offset",
            example = "2025-03-01T10:15:30Z",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String timestamp,
    @Schema(
            description = "Customer reference; stored only as a keyed pseudonym",
            example = "CRM-778812",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String customer,
    @Schema(example = "conv-9") String conversationId,
    @Schema(example = "broadband") String product,
    List<String> tags,
    @Schema(example = "en") String language,
    @Schema(
            description = "Message text; redacted before storage",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String text,
    @Schema(
            description =
                "Who wrote this turn of the conversation: customer (default), agent or bot; only"
                    + " customer turns are the customer's sentiment",
            example = "customer")
        String authorRole) {}
