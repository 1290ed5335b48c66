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

  ProtectedInteraction protect(NewInteraction in) {
    RedactedText redacted;
    String pseudonym;
    try {
      redacted = guard.redact(in.text());
      pseudonym = guard.pseudonymise(in.customer());
    } catch (RuntimeException e) {
      // The guard's message might quote the input: report the failure without it.
      throw ApiProblem.invalidField(
          "text", null, "text could not be redacted (" + e.getClass().getSimpleName() + ")");
    }
    return new ProtectedInteraction(
        in.externalId(),
        in.channel(),
        in.occurredAt(),
        pseudonym,
        in.conversationId(),
        in.product(),
        in.tags(),
        in.language(),
        redacted.text(),
        redacted.spans(),
        in.authorRole());
  }
}
