package io.pulse.interactions;

import io.pulse.core.AuthorRole;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads conversations: their turns in order, and their customers' first and last turns. */
@Repository
class ConversationQueries {

  /** Most turns one conversation view shows. */
  static final int MAX_TURNS = 2000;

  private final JdbcClient jdbc;

  ConversationQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The turns of a conversation, oldest first, with their current scores (none while pending). */
  List<Row> turns(String conversationId) {
    return jdbc.sql(
            "SELECT i.id, i.external_id, i.channel, i.occurred_at, i.customer_pseudonym,"
                + " i.author_role, i.redacted_text, i.scoring_status, s.score, s.label"
                + " FROM interactions i LEFT JOIN scores s ON s.interaction_id = i.id"
                + " AND s.is_current = TRUE WHERE i.conversation_id = :conversation"
                + " ORDER BY i.occurred_at, i.id LIMIT :limit")
        .param("conversation", conversationId)
        .param("limit", MAX_TURNS)
        .query((rs, n) ->
            new Row(
                rs.getLong("id"),
                rs.getString("external_id"),
                rs.getString("channel"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("customer_pseudonym"),
                AuthorRole.ofStored(rs.getString("author_role")),
                rs.getString("redacted_text"),
                rs.getString("scoring_status"),
                rs.getObject("score") == null ? null : rs.getDouble("score"),
                rs.getString("label")))
        .list();
  }

  /**
   * The scored customer turns of the conversations whose first customer turn occurred in [from,
   * to): per conversation, the labels of its first and last scored customer turn.
   */
  Map<String, String[]> firstAndLastCustomerLabels(OffsetDateTime from, OffsetDateTime to) {
    Map<String, String[]> ends = new LinkedHashMap<>();
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    conditions.add("i.conversation_id IS NOT NULL");
    conditions.add("(i.author_role IS NULL OR i.author_role = 'customer')");
    if (from != null) {
      conditions.add("i.occurred_at >= :from");
      params.put("from", from);
    }
    if (to != null) {
      conditions.add("i.occurred_at < :to");
      params.put("to", to);
    }
    jdbc.sql(
            "SELECT i.conversation_id, s.label FROM interactions i JOIN scores s"
                + " ON s.interaction_id = i.id AND s.is_current = TRUE WHERE "
                + String.join(" AND ", conditions)
                + " ORDER BY i.conversation_id, i.occurred_at, i.id")
        .params(params)
        .query(rs -> {
          String label = rs.getString("label");
          ends.computeIfAbsent(rs.getString("conversation_id"), k -> new String[] {label, null})[
                  1] =
              label;
        });
    return ends;
  }

  /** One stored turn. */
  record Row(
      long id,
      String externalId,
      String channel,
      OffsetDateTime occurredAt,
      String customer,
      AuthorRole role,
      String text,
      String scoring,
      Double score,
      String label) {}
}
