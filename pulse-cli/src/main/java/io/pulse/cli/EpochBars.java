package io.pulse.cli;

import io.pulse.retrain.Retraining;
import io.pulse.scoring.TrainingProgress.EpochSummary;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Training progress on the terminal: one progress bar per epoch with the running loss, then a line
 * with the epoch's loss and accuracy; retraining phases as lines of their own.
 */
final class EpochBars implements Retraining.Progress, AutoCloseable {
  private final PrintWriter out;
  private ProgressBar bar;
  private double lossSum;
  private int batches;

  EpochBars(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void phase(String name) {
    close();
    out.println(name + " ...");
    out.flush();
  }

  @Override
  public void epochStarted(int member, int epoch, int batchCount) {
    close();
    lossSum = 0;
    batches = 0;
    bar =
        new ProgressBarBuilder()
            .setTaskName(String.format(Locale.ROOT, "net %d epoch %2d", member + 1, epoch))
            .setInitialMax(batchCount)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .build();
  }

  @Override
  public void batchFinished(float loss) {
    if (bar == null) {
      return;
    }
    lossSum += loss;
    batches++;
    bar.step();
    bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f", lossSum / batches));
  }

  @Override
  public void epochFinished(EpochSummary summary) {
    close();
    out.printf(
        Locale.ROOT,
        "net %d epoch %2d  loss %.4f  train-acc %.4f  dev-acc %.4f  dev-macroF1 %.4f%s%n",
        summary.member() + 1,
        summary.epoch(),
        summary.trainLoss(),
        summary.trainAccuracy(),
        summary.devAccuracy(),
        summary.devMacroF1(),
        summary.improved() ? "  *" : "");
    out.flush();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
