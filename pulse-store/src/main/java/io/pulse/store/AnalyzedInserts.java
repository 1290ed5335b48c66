package io.pulse.store;

import io.pulse.insight.Analysis;
import io.pulse.store.InteractionStore.Analyzed;
import io.pulse.store.InteractionStore.Stored;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores analysed interactions that are new in one pass (what {@link
 * InteractionStore#storeAnalyzed} does): each interaction is inserted once with its final insight
 * columns and status, then its current score and its aspects, all in JDBC batches. It writes
 * exactly what inserting it as {@code pending} and then applying its analysis ({@link ScoreWriter})
 * writes, and returns the same {@link Stored}, without that path's lock, current-score read,
 * deletes, updates and queue delete: a row created in this transaction has no score, no aspect and
 * no queue entry, and no other transaction sees it before the commit.
 *
 * <p>An external id already stored is a duplicate and left as it is. An id repeated within the
 * batch is stored once: with the first item's interaction and the last item's analysis, as the
 * two-step path stores it.
 */
final class AnalyzedInserts {

  private static final String INSERT =
      "INSERT INTO interactions ("
          + Inserts.COLUMNS
          + ", "
          + InsightColumns.COLUMNS
          + ") VALUES (?"
          + ", ?".repeat(Inserts.COUNT + InsightColumns.COUNT - 1)
          + ")";

  private final Inserts inserts;
  private final InsightColumns insight;

  AnalyzedInserts(JsonMapper json) {
    this.inserts = new Inserts(json);
    this.insight = new InsightColumns(json);
  }

  Stored store(Connection c, List<Analyzed> batch, Instant now) throws SQLException {
    Map<String, Long> existing =
        Inserts.existing(c, batch.stream().map(a -> a.interaction().externalId()).toList());
    Map<String, Accepted> outcomes = new LinkedHashMap<>();
    existing.forEach(
        (externalId, id) -> outcomes.put(externalId, new Accepted(Accepted.Outcome.DUPLICATE, id)));
    Map<String, Fresh> fresh = new LinkedHashMap<>();
    for (Analyzed item : batch) {
      String externalId = item.interaction().externalId();
      if (!existing.containsKey(externalId)) {
        Fresh first = fresh.get(externalId);
        fresh.put(
            externalId,
            new Fresh(first == null ? item.interaction() : first.interaction(), item.analysis()));
        outcomes.putIfAbsent(externalId, null); // keeps the two-step path's order of outcomes
      }
    }
    if (fresh.isEmpty()) {
      return new Stored(outcomes, new Applied(Map.of(), List.of(), List.of()));
    }
    OffsetDateTime at = Sql.utc(now);
    insertInteractions(c, fresh.values(), at);
    Map<String, Created> created = created(c, List.copyOf(fresh.keySet()));
    Map<Long, ScoreDecision> decisions = new HashMap<>();
    List<StoredInteraction> scored = new ArrayList<>();
    try (PreparedStatement scores = c.prepareStatement(ScoreWriter.INSERT_SCORE);
        PreparedStatement aspects = c.prepareStatement(InsightColumns.INSERT_ASPECT)) {
      boolean anyScore = false;
      boolean anyAspect = false;
      for (Map.Entry<String, Fresh> entry : fresh.entrySet()) {
        Created row = created.get(entry.getKey());
        Analysis analysis = entry.getValue().analysis();
        outcomes.put(entry.getKey(), new Accepted(Accepted.Outcome.CREATED, row.id()));
        if (analysis.score() == null) {
          decisions.put(row.id(), ScoreDecision.UNSCORED);
          continue;
        }
        decisions.put(row.id(), ScoreDecision.FIRST);
        ScoreWriter.bindRow(
            scores, new ScoreWriter.Row(row.id(), analysis.score(), analysis.fallback(), true), at);
        scores.addBatch();
        anyScore = true;
        anyAspect |= InsightColumns.addAspects(aspects, row.id(), analysis);
        scored.add(row.stored(entry.getValue().interaction(), analysis));
      }
      if (anyScore) {
        scores.executeBatch();
      }
      if (anyAspect) {
        aspects.executeBatch();
      }
    }
    return new Stored(outcomes, new Applied(decisions, scored, List.of()));
  }

  /** Inserts the interactions with their insight columns, as one batch. */
  private void insertInteractions(Connection c, Collection<Fresh> fresh, OffsetDateTime at)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (Fresh item : fresh) {
        int next = inserts.bind(insert, item.interaction(), at);
        insight.bind(insert, next, item.analysis());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Database ids of the interactions just inserted, with their occurrence as the database returns
   * it (PostgreSQL in UTC to the microsecond, H2 with its offset): what the stored event carries.
   */
  private static Map<String, Created> created(Connection c, List<String> externalIds)
      throws SQLException {
    Map<String, Created> found = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, external_id, occurred_at FROM interactions WHERE external_id = ANY (?)")) {
      select.setArray(1, Sql.strings(c, externalIds));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.put(
              rs.getString(2), new Created(rs.getLong(1), rs.getObject(3, OffsetDateTime.class)));
        }
      }
    }
    return found;
  }

  /** A new interaction of the batch and the analysis to store with it. */
  private record Fresh(ProtectedInteraction interaction, Analysis analysis) {}

  /** An interaction inserted now: its id and stored occurrence. */
  private record Created(long id, OffsetDateTime occurredAt) {
    StoredInteraction stored(ProtectedInteraction in, Analysis analysis) {
      return new StoredInteraction(
          id,
          in.channel(),
          occurredAt,
          in.customerPseudonym(),
          in.product(),
          new ArrayList<>(in.tags()),
          analysis.score(),
          in.conversationId(),
          in.authorRole());
    }
  }
}
