package io.pulse.store;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;
import io.pulse.store.ScoreDecision.CurrentScore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path that stores analyses: first scores, re-scores, fallback replacements and the rows of
 * interactions that could not be scored. Locks the interactions (in id order, so concurrent writers
 * never deadlock), applies {@link ScoreDecision} to each, writes score rows, insight columns and
 * aspects in batches, and removes the interactions from the scoring queue.
 */
final class ScoreWriter {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  /** Inserts one score row; {@link #bindRow} binds it. */
  static final String INSERT_SCORE =
      "INSERT INTO scores (interaction_id, model_version, label, score, p_neg, p_neu, p_pos,"
          + " confidence, is_current, scored_at, fallback) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JsonMapper json;
  private final InsightColumns insight;

  ScoreWriter(JsonMapper json) {
    this.json = json;
    this.insight = new InsightColumns(json);
  }

  Applied apply(Connection c, Map<Long, Analysis> analyses, ScoreChanged.Cause cause, Instant now)
      throws SQLException {
    Map<Long, Locked> locked = lock(c, analyses.keySet());
    Map<Long, CurrentScore> current = current(c, locked.keySet());
    Map<Long, ScoreDecision> decisions = new LinkedHashMap<>();
    List<StoredInteraction> scored = new ArrayList<>();
    List<ScoreChanged> changes = new ArrayList<>();
    List<Long> replaced = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Long> refreshed = new ArrayList<>();
    List<Long> settled = new ArrayList<>();
    for (Map.Entry<Long, Analysis> entry : analyses.entrySet()) {
      long id = entry.getKey();
      Analysis analysis = entry.getValue();
      Locked row = locked.get(id);
      CurrentScore before = current.get(id);
      ScoreDecision decision =
          row == null ? ScoreDecision.GONE : ScoreDecision.decide(before, analysis);
      decisions.put(id, decision);
      SentimentScore score = analysis.score();
      switch (decision) {
        case FIRST -> rows.add(new Row(id, score, analysis.fallback(), true));
        case REPLACED -> {
          replaced.add(id);
          rows.add(new Row(id, score, analysis.fallback(), true));
          changes.add(new ScoreChanged(id, before.score().score(), score.score(), cause));
        }
        case KEPT_HUMAN -> rows.add(new Row(id, score, analysis.fallback(), false));
        case KEPT_CURRENT -> settled.add(id);
        default -> {}
      }
      if (decision.refreshesInsight()) {
        refreshed.add(id);
      }
      if (row != null && row.pending()) {
        SentimentScore after = currentAfter(decision, before, score);
        if (after != null) {
          scored.add(row.stored(after));
        }
      }
    }
    Sql.updateIds(
        c,
        "UPDATE scores SET is_current = FALSE WHERE interaction_id = ANY (?) AND is_current = TRUE",
        replaced);
    writeRows(c, rows, now);
    refresh(c, refreshed, analyses);
    Sql.updateIds(
        c,
        "UPDATE interactions SET scoring_status = 'scored', unscored_reason = NULL"
            + " WHERE id = ANY (?) AND scoring_status = 'pending'",
        settled);
    Sql.updateIds(c, "DELETE FROM scoring_queue WHERE interaction_id = ANY (?)", analyses.keySet());
    return new Applied(decisions, scored, changes);
  }

  /** The current score after the decision, as a SentimentScore, or null when there is none. */
  private static SentimentScore currentAfter(
      ScoreDecision decision, CurrentScore before, SentimentScore score) {
    return switch (decision) {
      case FIRST, REPLACED -> score;
      case UNCHANGED, KEPT_HUMAN, KEPT_CURRENT -> before == null ? null : before.score();
      case UNSCORED, GONE -> null;
    };
  }

  /** Locks the interactions that still exist; returns what the scored event needs of them. */
  private Map<Long, Locked> lock(Connection c, java.util.Set<Long> ids) throws SQLException {
    Map<Long, Locked> locked = new HashMap<>();
    try (PreparedStatement statement =
        c.prepareStatement(
            "SELECT id, scoring_status, channel, occurred_at, customer_pseudonym, product, tags,"
                + " conversation_id, author_role FROM interactions WHERE id = ANY (?) ORDER BY id FOR UPDATE")) {
      statement.setArray(1, Sql.ids(c, new TreeSet<>(ids)));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String tags = rs.getString("tags");
          locked.put(
              rs.getLong("id"),
              new Locked(
                  rs.getLong("id"),
                  "pending".equals(rs.getString("scoring_status")),
                  Channel.parse(rs.getString("channel")),
                  rs.getObject("occurred_at", OffsetDateTime.class),
                  rs.getString("customer_pseudonym"),
                  rs.getString("product"),
                  tags == null ? List.of() : json.readValue(tags, STRINGS),
                  rs.getString("conversation_id"),
                  AuthorRole.ofStored(rs.getString("author_role"))));
        }
      }
    }
    return locked;
  }

  /** The current score rows of these interactions. */
  static Map<Long, CurrentScore> current(Connection c, java.util.Collection<Long> ids)
      throws SQLException {
    Map<Long, CurrentScore> current = new HashMap<>();
    if (ids.isEmpty()) {
      return current;
    }
    try (PreparedStatement statement =
        c.prepareStatement(
            "SELECT interaction_id, model_version, label, score, p_neg, p_neu, p_pos, fallback"
                + " FROM scores WHERE interaction_id = ANY (?) AND is_current = TRUE")) {
      statement.setArray(1, Sql.ids(c, ids));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          SentimentScore score =
              new SentimentScore(
                  SentimentLabel.parse(rs.getString("label")),
                  rs.getDouble("score"),
                  rs.getDouble("p_neg"),
                  rs.getDouble("p_neu"),
                  rs.getDouble("p_pos"),
                  rs.getString("model_version"));
          current.put(rs.getLong(1), new CurrentScore(score, rs.getBoolean("fallback")));
        }
      }
    }
    return current;
  }

  /** Writes score rows; a row of the same (interaction, model version) is replaced. */
  static void writeRows(Connection c, List<Row> rows, Instant now) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM scores WHERE interaction_id = ? AND model_version = ?");
        PreparedStatement insert = c.prepareStatement(INSERT_SCORE)) {
      OffsetDateTime at = Sql.utc(now);
      for (Row row : rows) {
        delete.setLong(1, row.interactionId());
        delete.setString(2, row.score().modelVersion());
        delete.addBatch();
        bindRow(insert, row, at);
        insert.addBatch();
      }
      delete.executeBatch();
      insert.executeBatch();
    }
  }

  /** Binds the {@link #INSERT_SCORE} parameters of a row scored at {@code at}. */
  static void bindRow(PreparedStatement insert, Row row, OffsetDateTime at) throws SQLException {
    SentimentScore s = row.score();
    insert.setLong(1, row.interactionId());
    insert.setString(2, s.modelVersion());
    insert.setString(3, s.label().wireName());
    insert.setDouble(4, s.score());
    insert.setDouble(5, s.negative());
    insert.setDouble(6, s.neutral());
    insert.setDouble(7, s.positive());
    insert.setDouble(8, s.confidence());
    insert.setBoolean(9, row.current());
    insert.setObject(10, at);
    insert.setBoolean(11, row.fallback());
  }

  /** Insight columns, status and aspects of re-analysed interactions. */
  private void refresh(Connection c, List<Long> ids, Map<Long, Analysis> analyses)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement("UPDATE interactions SET " + InsightColumns.UPDATE + " WHERE id = ?")) {
      for (long id : ids) {
        int next = insight.bind(update, 1, analyses.get(id));
        update.setLong(next, id);
        update.addBatch();
      }
      update.executeBatch();
    }
    Sql.updateIds(c, "DELETE FROM interaction_aspects WHERE interaction_id = ANY (?)", ids);
    try (PreparedStatement insert = c.prepareStatement(InsightColumns.INSERT_ASPECT)) {
      boolean any = false;
      for (long id : ids) {
        any |= InsightColumns.addAspects(insert, id, analyses.get(id));
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /** One score row to write. */
  record Row(long interactionId, SentimentScore score, boolean fallback, boolean current) {}

  /** A locked interaction: whether it waits for its first score, and its series keys. */
  private record Locked(
      long id,
      boolean pending,
      Channel channel,
      OffsetDateTime occurredAt,
      String customerPseudonym,
      String product,
      List<String> tags,
      String conversationId,
      AuthorRole authorRole) {
    StoredInteraction stored(SentimentScore score) {
      return new StoredInteraction(
          id,
          channel,
          occurredAt,
          customerPseudonym,
          product,
          tags,
          score,
          conversationId,
          authorRole);
    }
  }

  /** The label's gold score: probability 1 for the label, as a person's correction stores it. */
  static SentimentScore gold(SentimentLabel label, String version) {
    float[] p = new float[3];
    p[label.ordinal()] = 1;
    return SentimentScore.fromProbabilities(p, version);
  }
}
