package io.pulse.feedback;

import io.pulse.retrain.Retraining;
import io.pulse.scoring.Hyperparameters;
import java.util.Locale;

/**
 * Turns the phases and training batches of one retraining into its stored job. Throws {@link
 * Stopped} when the store refuses a write because the job was cancelled or interrupted meanwhile:
 * that is how a running retraining learns to stop.
 */
final class RetrainProgress implements Retraining.Progress {

  /** The stored job is no longer running (cancelled, or interrupted by a stop): leave quietly. */
  static final class Stopped extends RuntimeException {
    Stopped(String state) {
      super(state, null, false, false);
    }
  }

  private final RetrainJobStore store;
  private final int totalEpochs;
  private RetrainJob job;
  private int epochsStarted;
  private int member;
  private int epoch;
  private int batch;
  private int batches;

  RetrainProgress(RetrainJobStore store, RetrainJob job, Hyperparameters hyper) {
    this.store = store;
    this.job = job;
    this.totalEpochs = (hyper.ensembleSize() + hyper.bagMembers()) * hyper.maxEpochs();
  }

  /** The job as last stored. */
  RetrainJob job() {
    return job;
  }

  @Override
  public void phase(String name) {
    double progress = "evaluating".equals(name) ? 0.95 : job.progress();
    save(job.with(name, progress, null));
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
      save(
          job.with(
              "training",
              Math.min(0.9, 0.9 * done),
              String.format(
                  Locale.ROOT, "net %d epoch %d batch %d/%d", member + 1, epoch, batch, batches)));
    }
  }

  private void save(RetrainJob next) {
    if (!store.update(next)) {
      throw new Stopped(store.find(next.id()).map(RetrainJob::state).orElse("gone"));
    }
    job = next;
  }
}
