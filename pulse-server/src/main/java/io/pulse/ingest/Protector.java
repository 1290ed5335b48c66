package io.pulse.ingest;

import io.pulse.privacy.PrivacyGuard;
import io.pulse.privacy.RedactedText;
import io.pulse.server.ApiProblem;
import io.pulse.store.ProtectedInteraction;
import org.springframework.stereotype.Component;

/** Applies the privacy guard: the first thing that happens to a validated interaction. */
@Component
class Protector {

  private final PrivacyGuard guard;

  Protector(PrivacyGuard guard) {
    this.guard = guard;
  }

  /** An external id as it may be stored or answered (hashed when it carries personal data). */
  String identifier(String externalId) {
    try {
      return guard.protectIdentifier(externalId);
    } catch (RuntimeException e) {
      return null;
    }
  }

  ProtectedInteraction protect(NewInteraction in) {
    RedactedText redacted;
    String pseudonym;
    String externalId;
    String conversationId;
    String product;
    java.util.List<String> tags;
    try {
      redacted = guard.redact(in.text());
      pseudonym = guard.pseudonymise(in.customer());
      // Identifiers and labels can carry personal data too (an e-mail as external id, a card
      // number as a tag): identifiers are hashed (stable, so duplicates are still found), labels
      // redacted.
      externalId = guard.protectIdentifier(in.externalId());
      conversationId = guard.protectIdentifier(in.conversationId());
      product = guard.redactLabel(in.product());
      tags = in.tags() == null ? null : in.tags().stream().map(guard::redactLabel).toList();
    } catch (RuntimeException e) {
      // The guard's message might quote the input: report the failure without it.
      throw ApiProblem.invalidField(
          "text", null, "text could not be redacted (" + e.getClass().getSimpleName() + ")");
    }
    return new ProtectedInteraction(
        externalId,
        in.channel(),
        in.occurredAt(),
        pseudonym,
        conversationId,
        product,
        tags,
        in.language(),
        redacted.text(),
        redacted.spans(),
        in.authorRole());
  }
}
