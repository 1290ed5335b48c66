package io.pulse.feedback;

import io.pulse.retrain.Retraining;
import io.pulse.retrain.RetrainingReport;
import io.pulse.retrain.RetrainingRequest;
import io.pulse.scoring.Hyperparameters;
import io.pulse.server.ApiProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs retrainings one at a time on a background thread: exports the gold labels, trains a
 * candidate ({@link Retraining}), registers it under {@code <data-dir>/models/<version>/} and
 * promotes it when the gate passes, else records it as rejected with the figures.
 */
@Component
class RetrainJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RetrainJobs.class);
  private static final int KEPT = 20;

  private final FeedbackProperties properties;
  private final CorrectionStore corrections;
  private final ModelRegistry registry;
  private final ModelStore models;
  private final JsonMapper json;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("pulse-retrain").daemon().factory());
  private final Map<String, AtomicReference<RetrainJob>> jobs = new LinkedHashMap<>();
  private AtomicReference<RetrainJob> running;

  RetrainJobs(
      FeedbackProperties properties,
      CorrectionStore corrections,
      ModelRegistry registry,
      ModelStore models,
      JsonMapper json) {
    this.properties = properties;
    this.corrections = corrections;
    this.registry = registry;
    this.models = models;
    this.json = json;
  }

  /**
   * Starts a retraining.
   *
   * @throws ApiProblem 409 when one is running or a configured data file is missing
   */
  synchronized RetrainJob start(String requestedBy) {
    if (running != null && "running".equals(running.get().state())) {
      throw ApiProblem.conflict("retraining " + running.get().id() + " is still running")
          .with("jobId", running.get().id());
    }
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
    String id = UUID.randomUUID().toString().substring(0, 8);
    RetrainJob job =
        new RetrainJob(
            id, requestedBy, "running", "queued", 0, null, OffsetDateTime.now(), null, null);
    AtomicReference<RetrainJob> state = new AtomicReference<>(job);
    running = state;
    jobs.put(id, state);
    while (jobs.size() > KEPT) {
      jobs.remove(jobs.keySet().iterator().next());
    }
    worker.execute(() -> run(state, trainingFiles, holdout, hyper));
    return job;
  }

  synchronized Optional<RetrainJob> find(String id) {
    return Optional.ofNullable(jobs.get(id)).map(AtomicReference::get);
  }

  /** Recent jobs, newest first. */
  synchronized List<RetrainJob> recent() {
    List<RetrainJob> all =
        new ArrayList<>(jobs.values().stream().map(AtomicReference::get).toList());
    all.sort(Comparator.comparing(RetrainJob::startedAt).reversed());
    return all;
  }

  private void run(
      AtomicReference<RetrainJob> state,
      List<Path> trainingFiles,
      Path holdout,
      Hyperparameters hyper) {
    String id = state.get().id();
    Path workspace = registry.modelsDirectory().resolve(".training").resolve(id);
    try {
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
      RetrainingReport report =
          Retraining.run(request, registry.scorer(), new JobProgress(state, hyper));
      Path directory = registry.modelsDirectory().resolve(report.candidateVersion());
      if (!Files.exists(directory)) {
        Files.move(report.candidateDirectory(), directory);
      }
      report = withDirectory(report, directory);
      String gate = json.writeValueAsString(report);
      registry.register(report.candidateVersion(), directory, "candidate", gate);
      if (report.accepted()) {
        registry.activate(report.candidateVersion());
        state.set(state.get().finished("promoted", "candidate promoted", report));
      } else {
        models.setStatus(report.candidateVersion(), "rejected", gate);
        state.set(state.get().finished("rejected", String.join("; ", report.reasons()), report));
      }
      LOG.info(
          "retraining {} {}: candidate {}", id, state.get().state(), report.candidateVersion());
    } catch (Exception e) {
      LOG.error("retraining {} failed: {}", id, e.getClass().getName());
      state.set(
          state
              .get()
              .finished("failed", e.getClass().getSimpleName() + ": " + e.getMessage(), null));
    } finally {
      deleteQuietly(workspace);
    }
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

  @Override
  public void close() {
    worker.shutdownNow();
  }

  /** Turns phases and training batches into the job's state. */
  private static final class JobProgress implements Retraining.Progress {
    private final AtomicReference<RetrainJob> state;
    private final int totalEpochs;
    private int epochsStarted;
    private int member;
    private int epoch;
    private int batch;
    private int batches;

    JobProgress(AtomicReference<RetrainJob> state, Hyperparameters hyper) {
      this.state = state;
      this.totalEpochs = (hyper.ensembleSize() + hyper.bagMembers()) * hyper.maxEpochs();
    }

    @Override
    public void phase(String name) {
      double progress = "evaluating".equals(name) ? 0.95 : state.get().progress();
      state.set(state.get().with("running", name, progress, null));
    }

    @Override
    public void epochStarted(int member, int epoch, int batchCount) {
      this.member = member;
      this.epoch = epoch;
      this.batch = 0;
      this.batches = batchCount;
      epochsStarted++;
    }

    @Override
    public void batchFinished(float loss) {
      batch++;
      if (batch % 10 == 0 || batch == batches) {
        double done = (epochsStarted - 1 + (double) batch / Math.max(1, batches)) / totalEpochs;
        state.set(
            state
                .get()
                .with(
                    "running",
                    "training",
                    Math.min(0.9, 0.9 * done),
                    String.format(
                        Locale.ROOT,
                        "net %d epoch %d batch %d/%d",
                        member + 1,
                        epoch,
                        batch,
                        batches)));
      }
    }
  }
}
