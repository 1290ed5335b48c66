package io.pulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.core.Channel;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The store's rules, run on H2 and PostgreSQL by the subclasses. */
abstract class StoreChecks {

  private final InteractionStore store = new InteractionStore(JsonMapper.builder().build());
  private final Instant now = Instant.parse("2025-03-01T10:00:00Z");

  abstract String url();

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url(), StoreDatabase.user(url()), "");
    c.setAutoCommit(false);
    return c;
  }

  static ProtectedInteraction interaction(String externalId) {
    return new ProtectedInteraction(
        externalId,
        Channel.CHAT,
        OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC),
        "c_0123456789abcdef01234567",
        null,
        "router-x",
        List.of("vip"),
        "en",
        "the router is broken",
        List.of());
  }

  static Analysis scored(double negative, String version) {
    float n = (float) negative;
    return Analysis.ofScore(
        SentimentScore.fromProbabilities(new float[] {n, 0.1f, 0.9f - n}, version));
  }

  private String unique() {
    return "s-" + UUID.randomUUID();
  }

  private long accept(Connection c, String externalId) throws SQLException {
    return store.accept(c, List.of(interaction(externalId)), now).get(externalId).id();
  }

  @Test
  void acceptStoresPendingAndQueuedAndIsIdempotentByExternalId() throws SQLException {
    String id = unique();
    try (Connection c = connect()) {
      Map<String, Accepted> first = store.accept(c, List.of(interaction(id)), now);
      Map<String, Accepted> again = store.accept(c, List.of(interaction(id)), now);
      c.commit();
      assertThat(first.get(id).outcome()).isEqualTo(Accepted.Outcome.CREATED);
      assertThat(again.get(id))
          .isEqualTo(new Accepted(Accepted.Outcome.DUPLICATE, first.get(id).id()));
      assertThat(store.results(c, List.of(first.get(id).id())).get(first.get(id).id()).status())
          .isEqualTo("pending");
      assertThat(store.backlog(c).depth()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void twoWorkersNeverClaimTheSameInteraction() throws SQLException {
    try (Connection setup = connect()) {
      for (int i = 0; i < 4; i++) {
        accept(setup, unique());
      }
      setup.commit();
    }
    try (Connection one = connect();
        Connection two = connect()) {
      List<QueuedInteraction> a = store.claim(one, 1000, now.plusSeconds(1));
      List<QueuedInteraction> b = store.claim(two, 1000, now.plusSeconds(1));
      assertThat(a).isNotEmpty();
      assertThat(b.stream().map(QueuedInteraction::id))
          .doesNotContainAnyElementsOf(a.stream().map(QueuedInteraction::id).toList());
      one.rollback();
      two.rollback();
    }
  }

  @Test
  void applyingScoresOnceFirstScoresThenChangesNothing() throws SQLException {
    try (Connection c = connect()) {
      long id = accept(c, unique());
      Applied first =
          store.apply(c, Map.of(id, scored(0.8, "m-1")), ScoreChanged.Cause.RESCORE, now);
      Applied again =
          store.apply(c, Map.of(id, scored(0.8, "m-1")), ScoreChanged.Cause.RESCORE, now);
      c.commit();
      assertThat(first.decisions()).containsEntry(id, ScoreDecision.FIRST);
      assertThat(first.scored()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
      assertThat(again.decisions()).containsEntry(id, ScoreDecision.UNCHANGED);
      assertThat(again.scored()).isEmpty();
      assertThat(count(c, "SELECT COUNT(*) FROM scores WHERE interaction_id = ?", id)).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM scoring_queue WHERE interaction_id = ?", id))
          .isZero();
    }
  }

  @Test
  void aPersonsLabelStaysCurrentWhenAModelScoresLater() throws SQLException {
    try (Connection c = connect()) {
      long id = accept(c, unique());
      store.apply(c, Map.of(id, scored(0.8, "m-1")), ScoreChanged.Cause.RESCORE, now);
      InteractionStore.Correction correction =
          store.correct(c, id, SentimentLabel.NEUTRAL, "ana", now).orElseThrow();
      Applied rescored =
          store.apply(c, Map.of(id, scored(0.7, "m-2")), ScoreChanged.Cause.RESCORE, now);
      c.commit();
      assertThat(correction.change())
          .hasValueSatisfying(
              ch -> assertThat(ch.cause()).isEqualTo(ScoreChanged.Cause.CORRECTION));
      assertThat(rescored.decisions()).containsEntry(id, ScoreDecision.KEPT_HUMAN);
      assertThat(store.results(c, List.of(id)).get(id).score().modelVersion())
          .isEqualTo("human:ana");
      assertThat(count(c, "SELECT COUNT(*) FROM scores WHERE interaction_id = ?", id)).isEqualTo(3);
    }
  }

  @Test
  void aNewModelReplacesTheCurrentScoreAndAFallbackNeverDoes() throws SQLException {
    try (Connection c = connect()) {
      long id = accept(c, unique());
      store.apply(c, Map.of(id, scored(0.8, "m-1")), ScoreChanged.Cause.RESCORE, now);
      Analysis fallback =
          new Analysis(
              "en",
              null,
              Analysis.Status.SCORED,
              null,
              SentimentScore.fromProbabilities(new float[] {0.1f, 0.1f, 0.8f}, "lexicon"),
              Analysis.ScoredBy.FALLBACK,
              false,
              List.of(),
              List.of(),
              null);
      Applied weaker = store.apply(c, Map.of(id, fallback), ScoreChanged.Cause.RESCORE, now);
      Applied replaced =
          store.apply(c, Map.of(id, scored(0.1, "m-2")), ScoreChanged.Cause.RESCORE, now);
      c.commit();
      assertThat(weaker.decisions()).containsEntry(id, ScoreDecision.KEPT_CURRENT);
      assertThat(replaced.decisions()).containsEntry(id, ScoreDecision.REPLACED);
      assertThat(replaced.changes())
          .singleElement()
          .satisfies(ch -> assertThat(ch.previousScore()).isLessThan(ch.currentScore()));
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM scores WHERE interaction_id = ? AND is_current = TRUE",
                  id))
          .isEqualTo(1);
    }
  }

  @Test
  void theDatabaseRefusesASecondCurrentScore() throws SQLException {
    try (Connection c = connect()) {
      long id = accept(c, unique());
      store.apply(c, Map.of(id, scored(0.8, "m-1")), ScoreChanged.Cause.RESCORE, now);
      c.commit();
      assertThatThrownBy(
              () -> {
                try (PreparedStatement insert =
                    c.prepareStatement(
                        "INSERT INTO scores (interaction_id, model_version, label, score, p_neg, p_neu,"
                            + " p_pos, confidence, is_current, scored_at) VALUES (?, 'other', 'neutral',"
                            + " 0, 0, 1, 0, 1, TRUE, CURRENT_TIMESTAMP)")) {
                  insert.setLong(1, id);
                  insert.executeUpdate();
                }
              })
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
      c.rollback();
    }
  }

  @Test
  void giveUpStoresUnscoredWithTheReason() throws SQLException {
    try (Connection c = connect()) {
      long id = accept(c, unique());
      store.giveUp(c, List.of(id), now);
      c.commit();
      ScoringResult result = store.results(c, List.of(id)).get(id);
      assertThat(result.status()).isEqualTo("unscored");
      assertThat(result.unscoredReason()).isEqualTo(InteractionStore.SCORING_FAILED);
    }
  }

  private static long count(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
