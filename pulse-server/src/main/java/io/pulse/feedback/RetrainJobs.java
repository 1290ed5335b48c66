package io.pulse.feedback;

import io.pulse.retrain.Retraining;
import io.pulse.retrain.RetrainingReport;
import io.pulse.retrain.RetrainingRequest;
import io.pulse.scoring.Hyperparameters;
import io.pulse.server.ApiProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs retrainings one at a time on a background thread: exports the gold labels, trains a
 * candidate ({@link Retraining}), registers it under {@code <data-dir>/models/<version>/} and
 * promotes it when the gate passes, else records it as rejected with the figures.
 *
 * <p>Jobs live in {@code retrain_jobs} ({@link RetrainJobStore}): who asked, every phase and the
 * outcome survive a restart. A job still stored as running when the server starts (the process
 * died) or stops is marked {@code interrupted}; it is not resumed, since a retraining is cheaper to
 * start again than to checkpoint. An admin cancels a job until it registers its candidate: the
 * worker writes its progress only while the stored job is running, so it notices at its next
 * training batch or phase and stops without registering anything.
 */
@Component
class RetrainJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RetrainJobs.class);
  private static final int LISTED = 20;
  private static final String STOPPED = "the server stopped before it finished; start it again";

  private final FeedbackProperties properties;
  private final CorrectionStore corrections;
  private final ModelRegistry registry;
  private final ModelStore models;
  private final RetrainJobStore store;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("pulse-retrain").daemon().factory());

  /** Jobs of this process that have not ended yet. */
  private final Set<String> live = ConcurrentHashMap.newKeySet();

  RetrainJobs(
      FeedbackProperties properties,
      CorrectionStore corrections,
      ModelRegistry registry,
      ModelStore models,
      RetrainJobStore store,
      JsonMapper json) {
    this.properties = properties;
    this.corrections = corrections;
    this.registry = registry;
    this.models = models;
    this.store = store;
    this.json = json;
    for (String id : store.runningIds()) {
      if (store.interrupt(id, STOPPED, now())) {
        LOG.warn("retraining {} was running when the server stopped: marked interrupted", id);
        deleteQuietly(workspace(id));
      }
    }
  }

  /**
   * Starts a retraining.
   *
   * @throws ApiProblem 409 when one is running or a configured data file is missing
   */
  synchronized RetrainJob start(String requestedBy) {
    store
        .running()
        .ifPresent(job -> {
          throw ApiProblem.conflict("retraining " + job.id() + " is still running")
              .with("jobId", job.id());
        });
    List<Path> trainingFiles = properties.trainingFiles().stream().map(Path::of).toList();
    Path holdout = Path.of(properties.holdoutFile());
    for (Path file : Stream.concat(trainingFiles.stream(), Stream.of(holdout)).toList()) {
      if (!Files.isRegularFile(file)) {
        throw ApiProblem.conflict(
            "pulse.feedback.training-files and holdout-file must name readable files; found '"
                + file.toAbsolutePath()
                + "' missing");
      }
    }
    Hyperparameters hyper;
    try {
      hyper = Hyperparameters.defaults().with(properties.hyperparameters());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.conflict("pulse.feedback.hyperparameters: " + e.getMessage());
    }
    RetrainJob job = RetrainJob.queued(UUID.randomUUID().toString(), requestedBy, now());
    store.insert(job);
    live.add(job.id());
    worker.execute(() -> run(job, trainingFiles, holdout, hyper));
    return job;
  }

  Optional<RetrainJob> find(String id) {
    return store.find(id);
  }

  /** Recent jobs, newest first. */
  List<RetrainJob> recent() {
    return store.recent(LISTED);
  }

  /**
   * Cancels a running job; cancelling a cancelled job again returns it unchanged.
   *
   * @throws ApiProblem 404 when there is no such job, 409 when it has ended otherwise or is
   *     registering its candidate
   */
  RetrainJob cancel(String id, String admin) {
    RetrainJob job = store.find(id).orElseThrow(() -> ApiProblem.notFound("retraining", id));
    RetrainJob cancelled = job.cancelled(admin, now());
    if (RetrainJob.RUNNING.equals(job.state()) && store.cancel(cancelled)) {
      LOG.info("retraining {} cancelled by an admin", id);
      return cancelled;
    }
    RetrainJob now = store.find(id).orElseThrow();
    if (RetrainJob.CANCELLED.equals(now.state())) {
      return now;
    }
    throw ApiProblem.conflict(
            RetrainJob.RUNNING.equals(now.state())
                ? "retraining "
                    + id
                    + " is registering its candidate and can no longer be cancelled"
                : "retraining " + id + " has already ended: " + now.state())
        .with("state", now.state());
  }

  private void run(
      RetrainJob queued, List<Path> trainingFiles, Path holdout, Hyperparameters hyper) {
    String id = queued.id();
    Path workspace = workspace(id);
    RetrainProgress progress = new RetrainProgress(store, queued, hyper);
    try {
      progress.phase("exporting");
      var gold = corrections.gold();
      RetrainingRequest request =
          new RetrainingRequest(
              trainingFiles,
              holdout,
              gold,
              properties.heldOutShare(),
              properties.correctionWeight(),
              hyper,
              properties.tolerance(),
              workspace.resolve("model"),
              workspace.resolve("data"));
      RetrainingReport report = Retraining.run(request, registry.scorer(), progress);
      progress.phase(RetrainJob.REGISTERING);
      Path directory = registry.modelsDirectory().resolve(report.candidateVersion());
      if (!Files.exists(directory)) {
        Files.move(report.candidateDirectory(), directory);
      }
      report = withDirectory(report, directory);
      String gate = json.writeValueAsString(report);
      registry.register(report.candidateVersion(), directory, "candidate", gate);
      RetrainJob done;
      if (report.accepted()) {
        registry.activate(report.candidateVersion());
        done =
            progress
                .job()
                .finished("promoted", "candidate promoted", json.valueToTree(report), now());
      } else {
        models.setStatus(report.candidateVersion(), "rejected", gate);
        done =
            progress
                .job()
                .finished(
                    "rejected",
                    String.join("; ", report.reasons()),
                    json.valueToTree(report),
                    now());
      }
      store.update(done);
      LOG.info("retraining {} {}: candidate {}", id, done.state(), report.candidateVersion());
    } catch (RetrainProgress.Stopped e) {
      LOG.info("retraining {} stopped: it is no longer running ({})", id, e.getMessage());
    } catch (Exception e) {
      if (worker.isShutdown()) {
        LOG.info("retraining {} stopped with the server", id); // close() marked it interrupted
        return;
      }
      LOG.error("retraining {} failed: {}", id, e.getClass().getName());
      store.update(
          progress
              .job()
              .finished(
                  "failed", e.getClass().getSimpleName() + ": " + e.getMessage(), null, now()));
    } finally {
      live.remove(id);
      deleteQuietly(workspace);
    }
  }

  private Path workspace(String id) {
    return registry.modelsDirectory().resolve(".training").resolve(id);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static RetrainingReport withDirectory(RetrainingReport r, Path directory) {
    return new RetrainingReport(
        r.candidateVersion(),
        directory,
        r.active(),
        r.candidate(),
        r.accepted(),
        r.reasons(),
        r.correctionsTrained(),
        r.correctionsHeldOut(),
        r.trainingSeconds());
  }

  private static void deleteQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("cannot delete the retraining workspace {}", directory);
    }
  }

  /** Marks this process's unfinished jobs interrupted: the worker thread dies with the JVM. */
  @Override
  public void close() {
    worker.shutdownNow();
    for (String id : live) {
      if (store.interrupt(id, STOPPED, now())) {
        LOG.warn("retraining {} interrupted: the server is stopping", id);
      }
    }
  }
}
