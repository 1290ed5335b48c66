package io.pulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pulse.insight.Analysis;
import io.pulse.store.InteractionStore.Analyzed;
import io.pulse.store.InteractionStore.Stored;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link InteractionStore#storeAnalyzed} writes and returns exactly what the two-step path did
 * (insert as pending, then {@link ScoreWriter#apply}), with far fewer statements; run on H2 and
 * PostgreSQL by the subclasses, each comparing two new databases.
 */
abstract class StoreAnalyzedChecks {

  private final JsonMapper json = JsonMapper.builder().build();
  private final InteractionStore store = new InteractionStore(json);
  private final Instant now = Instant.parse("2025-03-01T10:00:00Z");

  /** The URL of a new migrated database. */
  abstract String newDatabase();

  /**
   * Rows the current transaction inserted, updated and deleted per table, where the database tells
   * (PostgreSQL); empty elsewhere.
   */
  Map<String, String> rowWork(Connection c) throws SQLException {
    return Map.of();
  }

  private static Connection connect(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url, StoreDatabase.user(url), "");
    c.setAutoCommit(false);
    return c;
  }

  /** storeAnalyzed as it was: insert as pending without queueing, then apply the analyses. */
  private Stored twoStep(Connection c, List<Analyzed> batch) throws SQLException {
    Map<String, Accepted> outcomes =
        new Inserts(json).insert(c, batch.stream().map(Analyzed::interaction).toList(), now, false);
    Map<Long, Analysis> fresh = new LinkedHashMap<>();
    for (Analyzed item : batch) {
      Accepted accepted = outcomes.get(item.interaction().externalId());
      if (accepted.outcome() == Accepted.Outcome.CREATED) {
        fresh.put(accepted.id(), item.analysis());
      }
    }
    return new Stored(
        outcomes, new ScoreWriter(json).apply(c, fresh, ScoreChanged.Cause.RESCORE, now));
  }

  @Test
  void storesEveryKindOfAnalysisAsTheTwoStepPathDid() throws SQLException {
    Run before = run(AnalyzedBatches.mixed("m-", "stored"), true);
    Run after = run(AnalyzedBatches.mixed("m-", "stored"), false);

    assertThat(after.tables()).isEqualTo(before.tables());
    assertThat(after.stored()).isEqualTo(before.stored());
    assertThat(after.tables().get("interactions")).hasSize(5);
    assertThat(after.tables().get("scores")).hasSize(4);
    assertThat(after.tables().get("interaction_aspects")).hasSize(5);
    assertThat(after.stored().toString())
        .contains("m-a-full=CREATED", "stored=DUPLICATE", "m-c-unsupported=UNSCORED");
  }

  @Test
  void aBackfillBatchCostsFiveExecutionsInsteadOfEleven() throws SQLException {
    Run before = run(AnalyzedBatches.backfill("b-", 1000), true);
    Run after = run(AnalyzedBatches.backfill("b-", 1000), false);

    assertThat(after.tables()).isEqualTo(before.tables());
    assertThat(after.stored()).isEqualTo(before.stored());
    // 900 scored with two aspects each, 100 unscored, and the one stored before
    assertThat(after.tables().get("scores")).hasSize(901);
    assertThat(after.tables().get("interaction_aspects")).hasSize(1802);
    System.out.printf(
        "storeAnalyzed of 1000 new interactions (900 scored, 1800 aspects): two-step %d"
            + " executions / %d statements, one pass %d executions / %d statements%n",
        before.executions(), before.statements(), after.executions(), after.statements());
    System.out.printf(
        "rows written: two-step %s, one pass %s%n", before.rowWork(), after.rowWork());
    // two-step: duplicate check, insert, ids, lock, current scores, score deletes, score inserts,
    // insight updates, aspect delete, aspect inserts, queue delete
    assertThat(before.executions()).isEqualTo(11);
    assertThat(before.statements())
        .isEqualTo(1 + 1000 + 1 + 1 + 1 + 900 + 900 + 1000 + 1 + 1800 + 1);
    // one pass: duplicate check, insert, ids, score inserts, aspect inserts
    assertThat(after.executions()).isEqualTo(5);
    assertThat(after.statements()).isEqualTo(1 + 1000 + 1 + 900 + 1800);
    if (!after.rowWork().isEmpty()) {
      assertThat(before.rowWork().get("interactions")).startsWith("ins=1000 upd=1000 ");
      assertThat(after.rowWork().get("interactions")).isEqualTo("ins=1000 upd=0 (hot 0) del=0");
    }
  }

  @Test
  void aConcurrentWriterOfTheSameIdFailsTheBatchWithAUniqueViolation() throws SQLException {
    String url = newDatabase();
    List<Analyzed> batch = AnalyzedBatches.mixed("r-", "r-stored");
    try (Connection c = CountingConnection.wrap(connect(url));
        Connection other = connect(url)) {
      CountingConnection.of(c)
          .before(
              "INSERT INTO interactions",
              () -> {
                try {
                  store.storeAnalyzed(other, batch.subList(4, 5), now);
                  other.commit();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      SQLException failed =
          catchThrowableOfType(SQLException.class, () -> store.storeAnalyzed(c, batch, now));
      assertThat(uniqueViolation(failed)).as("SQL state 23505 in %s", failed).isTrue();
      c.rollback();

      Stored again = store.storeAnalyzed(c, batch, now);
      c.commit();
      String concurrent = batch.get(4).interaction().externalId();
      assertThat(again.outcomes().get(concurrent).outcome()).isEqualTo(Accepted.Outcome.DUPLICATE);
      assertThat(again.outcomes().values())
          .filteredOn(a -> a.outcome() == Accepted.Outcome.CREATED)
          .hasSize(4);
    }
  }

  private static boolean uniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException next = t instanceof SQLException s ? s : null;
          next != null;
          next = next.getNextException()) {
        if ("23505".equals(next.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Stores {@code batch} in a new database that already holds the interaction {@code stored},
   * through the two-step path or storeAnalyzed, and counts the statements of the batch.
   */
  private Run run(List<Analyzed> batch, boolean twoStep) throws SQLException {
    String url = newDatabase();
    try (Connection setup = connect(url)) {
      twoStep(setup, AnalyzedBatches.mixed("setup-", "stored").subList(2, 3));
      setup.commit();
    }
    try (Connection c = CountingConnection.wrap(connect(url))) {
      CountingConnection counter = CountingConnection.of(c);
      Stored stored = twoStep ? twoStep(c, batch) : store.storeAnalyzed(c, batch, now);
      int executions = counter.executions();
      int statements = counter.statements();
      Map<String, String> work = rowWork(c);
      c.commit();
      return new Run(
          TableDump.of(c),
          normalized(stored, TableDump.externalIds(c)),
          executions,
          statements,
          work);
    }
  }

  /** The stored outcome with every database id replaced by its external id. */
  private static List<Object> normalized(Stored stored, Map<Long, String> externalIds) {
    List<String> outcomes = new ArrayList<>();
    stored
        .outcomes()
        .forEach((id, a) -> outcomes.add(id + "=" + a.outcome() + "@" + externalIds.get(a.id())));
    Map<String, ScoreDecision> decisions = new TreeMap<>();
    stored.applied().decisions().forEach((id, d) -> decisions.put(externalIds.get(id), d));
    List<Object> scored = new ArrayList<>();
    for (StoredInteraction s : stored.applied().scored()) {
      scored.add(externalIds.get(s.id()));
      scored.add(
          new StoredInteraction(
              0,
              s.channel(),
              s.occurredAt(),
              s.customerPseudonym(),
              s.product(),
              s.tags(),
              s.score(),
              s.conversationId(),
              s.authorRole()));
    }
    return List.of(outcomes, decisions, scored, stored.applied().changes());
  }

  /** What one path stored and returned, and what it cost. */
  private record Run(
      Map<String, List<Map<String, Object>>> tables,
      List<Object> stored,
      int executions,
      int statements,
      Map<String, String> rowWork) {}
}
