package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Channel;
import io.pulse.core.SentimentScore;
import io.pulse.privacy.PiiType;
import io.pulse.privacy.RedactionSpan;
import io.pulse.server.ServerTestSupport;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Repository checks of {@link InteractionWriter}, run against H2 and PostgreSQL. */
final class WriterChecks {

  private final InteractionWriter writer;
  private final JdbcClient jdbc;

  WriterChecks(InteractionWriter writer, JdbcClient jdbc) {
    this.writer = writer;
    this.jdbc = jdbc;
  }

  static List<ScoredInteraction> batch(String prefix, int size) {
    List<ScoredInteraction> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      batch.add(
          new ScoredInteraction(
              new ProtectedInteraction(
                  prefix + "-" + i,
                  Channel.TICKET,
                  OffsetDateTime.parse("2025-03-06T23:30:00-02:00"),
                  "c_000000000000000000000001",
                  "conv-" + i,
                  i % 2 == 0 ? "tv" : null,
                  List.of("a", "b"),
                  "en",
                  "hello [EMAIL]",
                  List.of(new RedactionSpan(PiiType.EMAIL, 6, 13))),
              SentimentScore.fromProbabilities(new float[] {0.2f, 0.3f, 0.5f}, "m-1")));
    }
    return batch;
  }

  void storesInteractionWithScoreAndReportsDuplicates() {
    String p = ServerTestSupport.unique("w");
    Map<String, InteractionWriter.Stored> first = writer.store(batch(p, 5));
    assertThat(first.values()).allMatch(s -> s.outcome() == InteractionWriter.Outcome.CREATED);
    assertThat(first.values()).allMatch(s -> s.id() != null);
    Map<String, InteractionWriter.Stored> second = writer.store(batch(p, 7));
    assertThat(
            second.values().stream()
                .filter(s -> s.outcome() == InteractionWriter.Outcome.DUPLICATE))
        .hasSize(5);
    assertThat(
            second.values().stream().filter(s -> s.outcome() == InteractionWriter.Outcome.CREATED))
        .hasSize(2);
    assertThat(count(p)).isEqualTo(7);
    assertThat(scoresWithout(p)).isZero();
    var row =
        jdbc.sql("SELECT occurred_day, tags, redactions FROM interactions WHERE external_id = :id")
            .param("id", p + "-0")
            .query()
            .singleRow();
    assertThat(row.get("occurred_day").toString()).isEqualTo("2025-03-07"); // UTC day
    assertThat(row.get("tags")).isEqualTo("[\"a\",\"b\"]");
    assertThat((String) row.get("redactions")).contains("\"EMAIL\"").contains("\"start\":6");
  }

  void concurrentWritersOfTheSameBatchStoreEachItemOnceAndWhole() throws Exception {
    String p = ServerTestSupport.unique("race");
    List<ScoredInteraction> batch = batch(p, 200);
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Map<String, InteractionWriter.Stored>>> writers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      writers.add(
          CompletableFuture.supplyAsync(() -> {
            try {
              start.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return writer.store(batch);
          }));
    }
    long created = 0;
    long duplicate = 0;
    for (var future : writers) {
      for (InteractionWriter.Stored stored : future.get().values()) {
        created += stored.outcome() == InteractionWriter.Outcome.CREATED ? 1 : 0;
        duplicate += stored.outcome() == InteractionWriter.Outcome.DUPLICATE ? 1 : 0;
      }
    }
    assertThat(created).isEqualTo(200);
    assertThat(duplicate).isEqualTo(200);
    assertThat(count(p)).isEqualTo(200);
    assertThat(scoresWithout(p)).isZero();
  }

  private long count(String prefix) {
    return jdbc.sql("SELECT COUNT(*) FROM interactions WHERE external_id LIKE :p")
        .param("p", prefix + "-%")
        .query(Long.class)
        .single();
  }

  private long scoresWithout(String prefix) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM interactions i WHERE i.external_id LIKE :p AND NOT EXISTS"
                + " (SELECT 1 FROM scores s WHERE s.interaction_id = i.id AND s.is_current)")
        .param("p", prefix + "-%")
        .query(Long.class)
        .single();
  }
}
