package io.pulse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Inserts new interactions as pending, idempotent by external id, and optionally queues them. */
final class Inserts {

  /** The columns {@link #bind} fills, {@value #COUNT} parameters. */
  static final String COLUMNS =
      "external_id, channel, occurred_at, occurred_day, customer_pseudonym, conversation_id,"
          + " product, tags, language, redacted_text, redactions, ingested_at, author_role";

  static final int COUNT = 13;

  private static final String INSERT =
      "INSERT INTO interactions ("
          + COLUMNS
          + ", scoring_status) VALUES ("
          + "?, ".repeat(COUNT)
          + "'pending')";

  private final JsonMapper json;

  Inserts(JsonMapper json) {
    this.json = json;
  }

  Map<String, Accepted> insert(
      Connection c, List<ProtectedInteraction> batch, Instant now, boolean enqueue)
      throws SQLException {
    List<String> externalIds = batch.stream().map(ProtectedInteraction::externalId).toList();
    Map<String, Long> existing = existing(c, externalIds);
    Map<String, Accepted> outcomes = new LinkedHashMap<>();
    existing.forEach(
        (externalId, id) -> outcomes.put(externalId, new Accepted(Accepted.Outcome.DUPLICATE, id)));
    List<ProtectedInteraction> fresh = new ArrayList<>();
    for (ProtectedInteraction in : batch) {
      if (!outcomes.containsKey(in.externalId())) {
        fresh.add(in);
        outcomes.put(in.externalId(), null); // repeated ids within the batch are inserted once
      }
    }
    if (fresh.isEmpty()) {
      return outcomes;
    }
    OffsetDateTime at = Sql.utc(now);
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (ProtectedInteraction in : fresh) {
        bind(insert, in, at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<String> freshIds = fresh.stream().map(ProtectedInteraction::externalId).toList();
    if (enqueue) {
      try (PreparedStatement queue =
          c.prepareStatement(
              "INSERT INTO scoring_queue (interaction_id, enqueued_at, available_at, attempts)"
                  + " SELECT id, ?, ?, 0 FROM interactions WHERE external_id = ANY (?)")) {
        queue.setObject(1, at);
        queue.setObject(2, at);
        queue.setArray(3, Sql.strings(c, freshIds));
        queue.executeUpdate();
      }
    }
    existing(c, freshIds)
        .forEach((externalId, id) ->
            outcomes.put(externalId, new Accepted(Accepted.Outcome.CREATED, id)));
    return outcomes;
  }

  /**
   * Binds the {@link #COLUMNS} of an interaction ingested at {@code now}; returns the next index.
   */
  int bind(PreparedStatement insert, ProtectedInteraction in, OffsetDateTime now)
      throws SQLException {
    insert.setString(1, in.externalId());
    insert.setString(2, in.channel().wireName());
    insert.setObject(3, in.occurredAt());
    insert.setObject(4, in.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    insert.setString(5, in.customerPseudonym());
    Sql.nullable(insert, 6, in.conversationId());
    Sql.nullable(insert, 7, in.product());
    Sql.nullable(insert, 8, in.tags().isEmpty() ? null : json.writeValueAsString(in.tags()));
    Sql.nullable(insert, 9, in.language());
    insert.setString(10, in.redactedText());
    insert.setString(11, json.writeValueAsString(in.redactions()));
    insert.setObject(12, now);
    insert.setString(13, in.authorRole().wireName());
    return COUNT + 1;
  }

  /** Database ids of the stored external ids among these. */
  static Map<String, Long> existing(Connection c, List<String> externalIds) throws SQLException {
    Map<String, Long> found = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, external_id FROM interactions WHERE external_id = ANY (?)")) {
      select.setArray(1, Sql.strings(c, externalIds));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(2), rs.getLong(1));
        }
      }
    }
    return found;
  }
}
