package io.pulse.ingest;

import io.pulse.core.Channel;
import io.pulse.privacy.RedactionSpan;
import java.time.OffsetDateTime;
import java.util.List;

/** An interaction after privacy: redacted text and customer pseudonym only; safe to store. */
record ProtectedInteraction(
    String externalId,
    Channel channel,
    OffsetDateTime occurredAt,
    String customerPseudonym,
    String conversationId,
    String product,
    List<String> tags,
    String language,
    String redactedText,
    List<RedactionSpan> redactions) {}
