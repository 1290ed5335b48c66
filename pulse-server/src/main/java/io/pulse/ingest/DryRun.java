package io.pulse.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pulse.store.ProtectedInteraction;
import java.util.List;

/**
 * The first rows of a CSV file as Pulse reads them, stored nowhere: each row's interaction after
 * mapping, validation and protection (redacted text, customer pseudonym, timestamp in UTC), or why
 * it would be rejected.
 *
 * @param stored always false: a dry run stores nothing
 * @param rows the rows read, at most the requested number
 */
record DryRun(boolean stored, List<Row> rows) {

  /** The same rows without message text (for roles that may not read it): its length only. */
  DryRun withoutText() {
    return new DryRun(
        stored,
        rows.stream()
            .map(r ->
                r.interaction() == null
                    ? r
                    : new Row(r.line(), r.status(), r.interaction().withoutText(), r.problem()))
            .toList());
  }

  /**
   * One row.
   *
   * @param line its line in the file
   * @param status {@code ok} or {@code rejected}
   * @param interaction what would be stored (ok)
   * @param problem why it would be rejected
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Row(Integer line, String status, Read interaction, ItemResult.Problem problem) {}

  /** An interaction as it would be stored. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Read(
      String externalId,
      String channel,
      String timestamp,
      String customer,
      String conversationId,
      String product,
      List<String> tags,
      String language,
      String authorRole,
      String text,
      int textChars) {

    Read withoutText() {
      return new Read(
          externalId,
          channel,
          timestamp,
          customer,
          conversationId,
          product,
          tags,
          language,
          authorRole,
          null,
          textChars);
    }

    static Read of(ProtectedInteraction in) {
      return new Read(
          in.externalId(),
          in.channel().wireName(),
          in.occurredAt().toInstant().toString(),
          in.customerPseudonym(),
          in.conversationId(),
          in.product(),
          in.tags(),
          in.language(),
          in.authorRole().wireName(),
          in.redactedText(),
          in.redactedText().length());
    }
  }
}
