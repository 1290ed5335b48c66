package io.pulse.cli;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScorer;
import io.pulse.retrain.Correction;
import io.pulse.retrain.Retraining;
import io.pulse.retrain.RetrainingReport;
import io.pulse.retrain.RetrainingRequest;
import io.pulse.scoring.Hyperparameters;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code pulse retrain}: trains a candidate on the original data plus corrections and gates it
 * against the active model, locally (on files) or on a running server ({@code --server}).
 */
@Command(
    name = "retrain",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a candidate model on the original training data plus corrections (CSV id,label,text)"
          + " and accepts it only if it does not regress: held-out accuracy and macro-F1 at least"
          + " the active model's minus --tolerance, and no loss on held-out corrections.",
      "Locally the active model is --active (default: the bundled one) and the candidate is"
          + " written to --output; exit code 0 = accepted, 3 = rejected.",
      "With --server the running server retrains on its stored corrections and promotes the"
          + " candidate itself (role admin); --server --cancel ID cancels that retraining."
    })
final class RetrainCommand implements Callable<Integer> {
  static final int REJECTED = 3;

  @Spec CommandSpec spec;

  @Option(names = "--server", description = "retrain on the running server instead")
  boolean onServer;

  @Mixin ServerConnection server;

  @Option(
      names = "--cancel",
      paramLabel = "ID",
      description = "With --server: cancel the server's retraining ID (role admin).")
  String cancel;

  @Option(
      names = "--train",
      paramLabel = "CSV",
      split = ",",
      description = "Original training file(s) (default: ${DEFAULT-VALUE}).",
      defaultValue =
          "datasets/airline-tweets/train.csv.gz,datasets/business-neutral/train.csv,"
              + "datasets/emotion-sentiment/train.csv")
  List<Path> trainFiles;

  @Option(
      names = "--holdout",
      paramLabel = "CSV",
      defaultValue = "datasets/airline-tweets/dev.csv.gz",
      description =
          "Fixed held-out set of the gate (default: ${DEFAULT-VALUE}); never a test split.")
  Path holdout;

  @Option(
      names = "--corrections",
      paramLabel = "CSV",
      description = "Corrections with columns id,label,text.")
  Path corrections;

  @Option(
      names = "--active",
      paramLabel = "DIR",
      description = "Model in service to compare with (default: the bundled model).")
  Path active;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where the candidate is written (needed locally).")
  Path output;

  @Option(names = "--tolerance", defaultValue = "0.01", description = "default: ${DEFAULT-VALUE}")
  double tolerance;

  @Option(
      names = "--held-out-share",
      defaultValue = "0.2",
      description = "share of corrections kept for the gate (default: ${DEFAULT-VALUE})")
  double heldOutShare;

  @Option(
      names = "--correction-weight",
      defaultValue = "10",
      description = "repeats of each training correction (default: ${DEFAULT-VALUE})")
  int correctionWeight;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = "Hyper-parameter override, e.g. -p ensembleSize=1 -p maxEpochs=6.")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() {
    return CliFailure.run(
        "retrain",
        spec.commandLine().getErr(),
        () -> {
          if (cancel != null) {
            return cancelRemote();
          }
          return onServer ? remote() : local();
        });
  }

  private int cancelRemote() {
    if (!onServer) {
      throw new IllegalArgumentException("--cancel needs --server");
    }
    JsonNode job =
        server.delete("/api/v1/models/retrain/" + ServerConnection.encode(cancel.strip()));
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "retraining %s (requested by %s): %s%n",
            job.path("id").asString(),
            job.path("requestedBy").asString(),
            job.path("detail").asString(job.path("state").asString()));
    return 0;
  }

  private int local() throws Exception {
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is needed (or use --server)");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Correction> rows = new ArrayList<>();
    if (corrections != null) {
      List<String> ids = Scoring.readColumn(corrections, "id");
      List<String> labels = Scoring.readColumn(corrections, "label");
      List<String> texts = Scoring.readColumn(corrections, "text");
      for (int i = 0; i < ids.size(); i++) {
        rows.add(new Correction(ids.get(i), SentimentLabel.parse(labels.get(i)), texts.get(i)));
      }
    }
    RetrainingRequest request =
        new RetrainingRequest(
            trainFiles,
            holdout,
            rows,
            heldOutShare,
            correctionWeight,
            Hyperparameters.defaults().with(params),
            tolerance,
            output,
            output.resolveSibling(output.getFileName() + "-data"));
    RetrainingReport report;
    try (SentimentScorer model = active == null ? Scoring.loadBundled() : Scoring.load(active);
        EpochBars progress = new EpochBars(out)) {
      report = Retraining.run(request, model, progress);
    }
    print(out, report);
    return report.accepted() ? 0 : REJECTED;
  }

  private int remote() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode job = server.post("/api/v1/models/retrain");
    String id = job.path("id").asString();
    out.println("retraining " + id + " started on " + server.url);
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("retrain")
            .setInitialMax(100)
            .setStyle(ProgressBarStyle.ASCII)
            .continuousUpdate()
            .build()) {
      while ("running".equals(job.path("state").asString())) {
        Thread.sleep(1000);
        job = server.get("/api/v1/models/retrain/" + id, Map.of());
        bar.stepTo(Math.round(job.path("progress").asDouble() * 100));
        bar.setExtraMessage(job.path("phase").asString() + " " + job.path("detail").asString(""));
      }
    }
    out.println("state: " + job.path("state").asString());
    JsonNode report = job.path("report");
    if (!report.isMissingNode() && !report.isNull()) {
      out.println(report.toPrettyString());
    } else {
      out.println(job.path("detail").asString(""));
    }
    return "promoted".equals(job.path("state").asString()) ? 0 : REJECTED;
  }

  private static void print(PrintWriter out, RetrainingReport r) {
    out.printf(Locale.ROOT, "%nactive:    %s%n", r.active().version());
    out.printf(Locale.ROOT, "candidate: %s%n", r.candidateVersion());
    out.printf(Locale.ROOT, "%-32s %10s %10s%n", "", "active", "candidate");
    out.printf(
        Locale.ROOT,
        "%-32s %10.4f %10.4f%n",
        "held-out accuracy",
        r.active().holdoutAccuracy(),
        r.candidate().holdoutAccuracy());
    out.printf(
        Locale.ROOT,
        "%-32s %10.4f %10.4f%n",
        "held-out macro-F1",
        r.active().holdoutMacroF1(),
        r.candidate().holdoutMacroF1());
    if (r.candidate().correctionsAccuracy() != null) {
      out.printf(
          Locale.ROOT,
          "%-32s %10.4f %10.4f%n",
          "held-out corrections (" + r.correctionsHeldOut() + ")",
          r.active().correctionsAccuracy(),
          r.candidate().correctionsAccuracy());
    }
    out.printf(
        Locale.ROOT,
        "corrections: %d trained, %d held out; training %.1f s%n",
        r.correctionsTrained(),
        r.correctionsHeldOut(),
        r.trainingSeconds());
    out.println(r.accepted() ? "ACCEPTED: " + r.candidateDirectory() : "REJECTED:");
    r.reasons().forEach(reason -> out.println("  " + reason));
  }
}
