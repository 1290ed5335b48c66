package io.pulse.scores;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Channel;
import io.pulse.privacy.PiiType;
import io.pulse.privacy.RedactionSpan;
import io.pulse.server.ServerTestSupport;
import io.pulse.store.Accepted;
import io.pulse.store.ProtectedInteraction;
import io.pulse.store.ScoringResult;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks of accepting and scoring behind the request path, run against H2 and PostgreSQL. */
final class ScoresChecks {

  private final Scores scores;
  private final JdbcClient jdbc;

  ScoresChecks(Scores scores, JdbcClient jdbc) {
    this.scores = scores;
    this.jdbc = jdbc;
  }

  static List<ProtectedInteraction> batch(String prefix, int size) {
    List<ProtectedInteraction> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      batch.add(
          new ProtectedInteraction(
              prefix + "-" + i,
              Channel.TICKET,
              OffsetDateTime.parse("2025-03-06T23:30:00-02:00"),
              "c_000000000000000000000001",
              "conv-" + i,
              i % 2 == 0 ? "tv" : null,
              List.of("a", "b"),
              "en",
              i % 3 == 0 ? "great, thanks [EMAIL]" : "hello [EMAIL]",
              List.of(new RedactionSpan(PiiType.EMAIL, 6, 13))));
    }
    return batch;
  }

  void acceptsOnceReportsDuplicatesAndScoresEachOnce() {
    String p = ServerTestSupport.unique("w");
    Map<String, Accepted> first = scores.accept(batch(p, 5));
    assertThat(first.values()).allMatch(a -> a.outcome() == Accepted.Outcome.CREATED);
    Map<String, Accepted> second = scores.accept(batch(p, 7));
    assertThat(second.values().stream().filter(a -> a.outcome() == Accepted.Outcome.DUPLICATE))
        .hasSize(5);
    List<Long> ids = second.values().stream().map(Accepted::id).toList();
    Map<Long, ScoringResult> results = scores.await(ids, Duration.ofSeconds(30));
    assertThat(results.values()).allMatch(r -> r.status().equals("scored"));
    assertThat(count(p)).isEqualTo(7);
    assertThat(scoreRows(p)).isEqualTo(7);
    var row =
        jdbc.sql("SELECT occurred_day, tags, redactions FROM interactions WHERE external_id = :id")
            .param("id", p + "-0")
            .query()
            .singleRow();
    assertThat(row.get("occurred_day").toString()).isEqualTo("2025-03-07"); // UTC day
    assertThat(row.get("tags")).isEqualTo("[\"a\",\"b\"]");
    assertThat((String) row.get("redactions")).contains("\"EMAIL\"").contains("\"start\":6");
  }

  void concurrentAcceptsOfTheSameBatchStoreEachItemOnce() throws Exception {
    String p = ServerTestSupport.unique("race");
    List<ProtectedInteraction> batch = batch(p, 200);
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Map<String, Accepted>>> writers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      writers.add(
          CompletableFuture.supplyAsync(() -> {
            try {
              start.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return scores.accept(batch);
          }));
    }
    long created = 0;
    long duplicate = 0;
    List<Long> ids = new ArrayList<>();
    for (var future : writers) {
      for (Accepted accepted : future.get().values()) {
        created += accepted.outcome() == Accepted.Outcome.CREATED ? 1 : 0;
        duplicate += accepted.outcome() == Accepted.Outcome.DUPLICATE ? 1 : 0;
        ids.add(accepted.id());
      }
    }
    assertThat(created).isEqualTo(200);
    assertThat(duplicate).isEqualTo(200);
    assertThat(count(p)).isEqualTo(200);
    scores.await(ids, Duration.ofSeconds(30));
    assertThat(scoreRows(p)).isEqualTo(200);
  }

  private long count(String prefix) {
    return jdbc.sql("SELECT COUNT(*) FROM interactions WHERE external_id LIKE :p")
        .param("p", prefix + "-%")
        .query(Long.class)
        .single();
  }

  /** Score rows of these interactions: one each when each was scored once. */
  private long scoreRows(String prefix) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM scores s JOIN interactions i ON i.id = s.interaction_id"
                + " WHERE i.external_id LIKE :p")
        .param("p", prefix + "-%")
        .query(Long.class)
        .single();
  }
}
