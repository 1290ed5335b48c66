package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.server.PostgresTestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/** The retraining jobs table on H2 and PostgreSQL: what a job keeps, and who may still write. */
class RetrainJobStoreTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private final JsonMapper json = JsonMapper.builder().build();

  private RetrainJobStore store(String database) {
    String url;
    String user;
    if (database.equals("h2")) {
      url =
          "jdbc:h2:mem:retrain_"
              + System.nanoTime()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
      user = "sa";
    } else {
      url = PostgresTestDatabase.create("retrain");
      user = PostgresTestDatabase.USER;
    }
    SingleConnectionDataSource data = new SingleConnectionDataSource(url, user, "", true);
    Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
    return new RetrainJobStore(JdbcClient.create(data), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aJobKeepsWhoAskedItsPhasesAndItsReport(String database) {
    RetrainJobStore store = store(database);
    RetrainJob job = RetrainJob.queued("job-1", "alice", T0);
    store.insert(job);

    assertThat(store.update(job.with("training", 0.4, "net 1 epoch 2 batch 10/20"))).isTrue();
    var report = json.readTree("{\"candidateVersion\":\"v2\",\"accepted\":true}");
    assertThat(
            store.update(job.finished("promoted", "candidate promoted", report, T0.plusMinutes(3))))
        .isTrue();

    RetrainJob stored = store.find("job-1").orElseThrow();
    assertThat(stored.requestedBy()).isEqualTo("alice");
    assertThat(stored.state()).isEqualTo("promoted");
    assertThat(stored.phase()).isEqualTo("done");
    assertThat(stored.startedAt().toInstant()).isEqualTo(T0.toInstant());
    assertThat(stored.finishedAt().toInstant()).isEqualTo(T0.plusMinutes(3).toInstant());
    assertThat(stored.report().path("candidateVersion").asString()).isEqualTo("v2");
    assertThat(store.running()).isEmpty();
    // an ended job takes no more writes
    assertThat(store.update(job.with("training", 0.5, null))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCancelledJobIgnoresItsWorkersLaterWrites(String database) {
    RetrainJobStore store = store(database);
    RetrainJob job = RetrainJob.queued("job-2", "alice", T0);
    store.insert(job);
    RetrainJob training = job.with("training", 0.3, "net 1 epoch 1 batch 10/20");
    store.update(training);

    assertThat(store.cancel(training.cancelled("bob", T0.plusMinutes(1)))).isTrue();
    assertThat(store.update(training.with("training", 0.4, "net 1 epoch 1 batch 20/20"))).isFalse();
    assertThat(store.cancel(training.cancelled("carol", T0.plusMinutes(2)))).isFalse();

    RetrainJob stored = store.find("job-2").orElseThrow();
    assertThat(stored.state()).isEqualTo("cancelled");
    assertThat(stored.cancelledBy()).isEqualTo("bob");
    assertThat(stored.requestedBy()).isEqualTo("alice");
    assertThat(stored.detail()).isEqualTo("cancelled by bob while training");
    assertThat(stored.progress()).isEqualTo(0.3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aJobRegisteringItsCandidateCannotBeCancelled(String database) {
    RetrainJobStore store = store(database);
    RetrainJob job = RetrainJob.queued("job-3", "alice", T0);
    store.insert(job);
    RetrainJob registering = job.with(RetrainJob.REGISTERING, 0.95, null);
    store.update(registering);

    assertThat(store.cancel(registering.cancelled("bob", T0.plusMinutes(1)))).isFalse();
    assertThat(store.find("job-3").orElseThrow().state()).isEqualTo("running");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void runningJobsAreMarkedInterruptedAndListedNewestFirst(String database) {
    RetrainJobStore store = store(database);
    store.insert(RetrainJob.queued("old", "alice", T0));
    store.update(RetrainJob.queued("old", "alice", T0).finished("failed", "x", null, T0));
    store.insert(RetrainJob.queued("new", "scheduler", T0.plusHours(1)));

    assertThat(store.runningIds()).containsExactly("new");
    assertThat(store.running().orElseThrow().id()).isEqualTo("new");
    assertThat(store.interrupt("new", "the server stopped", T0.plusHours(2))).isTrue();
    assertThat(store.interrupt("old", "the server stopped", T0.plusHours(2))).isFalse();

    assertThat(store.runningIds()).isEmpty();
    assertThat(store.recent(10))
        .extracting(RetrainJob::id, RetrainJob::state, RetrainJob::requestedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("new", "interrupted", "scheduler"),
            org.assertj.core.groups.Tuple.tuple("old", "failed", "alice"));
    assertThat(store.recent(1)).hasSize(1);
  }
}
