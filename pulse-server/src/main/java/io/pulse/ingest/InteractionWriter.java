package io.pulse.ingest;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes interactions with their scores. Each batch is one transaction; when a concurrent writer
 * stored one of its external ids meanwhile, the batch is retried item by item so that every item is
 * either stored whole (interaction and score) or not at all.
 */
@Repository
class InteractionWriter {

  private static final String INSERT_INTERACTION =
      """
      INSERT INTO interactions (external_id, channel, occurred_at, occurred_day, customer_pseudonym,
          conversation_id, product, tags, language, redacted_text, redactions, ingested_at, %s)
      VALUES (:externalId, :channel, :occurredAt, :occurredDay, :customer, :conversationId,
          :product, :tags, :language, :text, :redactions, :now, %s)
      """
          .formatted(InsightColumns.COLUMNS, InsightColumns.PARAMETERS);
  private static final String INSERT_SCORE =
      """
      INSERT INTO scores (interaction_id, model_version, label, score, p_neg, p_neu, p_pos,
          confidence, is_current, scored_at, fallback)
      SELECT id, :model, :label, :score, :neg, :neu, :pos, :confidence, TRUE, :now, :fallback
      FROM interactions WHERE external_id = :externalId
      """;

  /** Result of storing one item. */
  enum Outcome {
    CREATED,
    DUPLICATE,
    FAILED
  }

  /** Outcome and id (when created) of one item. */
  record Stored(Outcome outcome, Long id) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  InteractionWriter(
      NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
    this.clock = Clock.systemUTC();
  }

  /** True when an interaction with this external id is stored. */
  boolean exists(String externalId) {
    return !existing(List.of(externalId)).isEmpty();
  }

  /** Stores the batch; the result maps every external id of the batch to its outcome. */
  Map<String, Stored> store(List<ScoredInteraction> batch) {
    try {
      return transactions.execute(status -> storeAll(batch));
    } catch (DataIntegrityViolationException raced) {
      Map<String, Stored> outcomes = new HashMap<>();
      for (ScoredInteraction item : batch) {
        outcomes.put(item.interaction().externalId(), storeOne(item));
      }
      return outcomes;
    }
  }

  private Stored storeOne(ScoredInteraction item) {
    try {
      return transactions
          .execute(status -> storeAll(List.of(item)))
          .get(item.interaction().externalId());
    } catch (DuplicateKeyException e) {
      return new Stored(Outcome.DUPLICATE, null);
    } catch (DataIntegrityViolationException e) {
      return new Stored(Outcome.FAILED, null);
    }
  }

  private Map<String, Stored> storeAll(List<ScoredInteraction> batch) {
    List<String> ids = batch.stream().map(s -> s.interaction().externalId()).toList();
    Set<String> existing = new HashSet<>(existing(ids).keySet());
    List<ScoredInteraction> fresh = new ArrayList<>();
    for (ScoredInteraction item : batch) {
      if (!existing.contains(item.interaction().externalId())) {
        fresh.add(item);
      }
    }
    Map<String, Stored> outcomes = new HashMap<>();
    for (String id : existing) {
      outcomes.put(id, new Stored(Outcome.DUPLICATE, null));
    }
    if (fresh.isEmpty()) {
      return outcomes;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.batchUpdate(
        INSERT_INTERACTION,
        fresh.stream()
            .map(item -> interactionParameters(item, now))
            .toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate(
        INSERT_SCORE,
        fresh.stream()
            .filter(item -> item.score() != null) // unscored (e.g. unsupported language): no row
            .map(item -> scoreParameters(item, now))
            .toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate(InsightColumns.INSERT_ASPECT, InsightColumns.aspectRows(fresh));
    existing(fresh.stream().map(s -> s.interaction().externalId()).toList())
        .forEach((externalId, id) -> outcomes.put(externalId, new Stored(Outcome.CREATED, id)));
    return outcomes;
  }

  private Map<String, Long> existing(List<String> externalIds) {
    Map<String, Long> found = new HashMap<>();
    // One array parameter instead of an IN list with one parameter per id: PostgreSQL caches a
    // generic plan for a prepared statement with a thousand parameters and falls back to a
    // sequential scan (hundreds of ms per bulk batch); with an array it plans with the index.
    jdbc.getJdbcTemplate()
        .query(
            "SELECT id, external_id FROM interactions WHERE external_id = ANY (?)",
            statement ->
                statement.setArray(
                    1, statement.getConnection().createArrayOf("VARCHAR", externalIds.toArray())),
            row -> {
              found.put(row.getString("external_id"), row.getLong("id"));
            });
    return found;
  }

  private SqlParameterSource interactionParameters(ScoredInteraction item, OffsetDateTime now) {
    ProtectedInteraction in = item.interaction();
    MapSqlParameterSource params = new MapSqlParameterSource();
    InsightColumns.add(params, item.analysis(), json);
    return params
        .addValue("externalId", in.externalId())
        .addValue("channel", in.channel().wireName())
        .addValue("occurredAt", in.occurredAt())
        .addValue(
            "occurredDay", in.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())
        .addValue("customer", in.customerPseudonym())
        .addValue("conversationId", in.conversationId(), Types.VARCHAR)
        .addValue("product", in.product(), Types.VARCHAR)
        .addValue(
            "tags", in.tags().isEmpty() ? null : json.writeValueAsString(in.tags()), Types.VARCHAR)
        .addValue("language", in.language(), Types.VARCHAR)
        .addValue("text", in.redactedText())
        .addValue("redactions", json.writeValueAsString(in.redactions()))
        .addValue("now", now);
  }

  private static SqlParameterSource scoreParameters(ScoredInteraction item, OffsetDateTime now) {
    return new MapSqlParameterSource()
        .addValue("externalId", item.interaction().externalId())
        .addValue("model", item.score().modelVersion())
        .addValue("label", item.score().label().wireName())
        .addValue("score", item.score().score())
        .addValue("neg", item.score().negative())
        .addValue("neu", item.score().neutral())
        .addValue("pos", item.score().positive())
        .addValue("confidence", item.score().confidence())
        .addValue("fallback", item.analysis().fallback())
        .addValue("now", now);
  }
}
