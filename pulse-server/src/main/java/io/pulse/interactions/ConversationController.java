package io.pulse.interactions;

import io.pulse.alerts.AlertEngine;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.pulse.server.RequestValues;
import io.pulse.server.TextAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only HTTP endpoints of conversations, part of the query feature. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Query", description = "Stored interactions, customer timelines and aggregates")
class ConversationController {

  private final ConversationQueries queries;
  private final Conversations conversations;
  private final TextAccess text;
  private final PrivacyGuard guard;

  ConversationController(
      ConversationQueries queries, AlertEngine alerts, TextAccess text, PrivacyGuard guard) {
    this.queries = queries;
    this.conversations = new Conversations(alerts.config());
    this.text = text;
    this.guard = guard;
  }

  @Operation(
      summary = "One conversation: turns in order, the customer's trajectory and state",
      description =
          "Turns with role (customer|agent|bot), redacted text, score and band; the customer's"
              + " trajectory (first vs last customer turn, slope per turn) from customer turns"
              + " only; agent and bot tone apart; state escalating|recovering|steady. Turns still"
              + " queued for scoring have no score yet (see pending). Text only for roles that"
              + " may read message text.")
  @Audited("read-text")
  @GetMapping("/conversations/{id}")
  ConversationView conversation(@PathVariable String id) {
    if (id.isBlank() || id.length() > 200) {
      throw ApiProblem.invalidField("id", null, "conversation id must be 1 to 200 characters");
    }
    // stored as ingest stored it: an id that carries personal data (a Message-ID looks like an
    // e-mail address) as its keyed hash, so the id the sender used finds it
    List<ConversationQueries.Row> rows = queries.turns(guard.protectIdentifier(id));
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("conversation id", id);
    }
    ConversationView view = conversations.view(id, rows);
    return text.allowed() ? view : view.withoutText();
  }

  @Operation(
      summary = "KPI: conversations that started negative and ended positive",
      description =
          "Counted by conversations from their customer turns in [from, to): of those whose first"
              + " customer turn was negative, how many ended with a positive customer turn.")
  @GetMapping("/kpis/negative-to-positive")
  Conversations.NegativeToPositive negativeToPositive(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    OffsetDateTime start = time("from", from);
    OffsetDateTime end = time("to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      throw ApiProblem.invalidField("from", from, "from must be before to");
    }
    return Conversations.negativeToPositive(queries.firstAndLastCustomerLabels(start, end));
  }

  private static OffsetDateTime time(String name, String value) {
    Instant instant = RequestValues.instant(name, value);
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
