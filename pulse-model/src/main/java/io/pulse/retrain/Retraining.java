package io.pulse.retrain;

import io.pulse.core.SentimentScorer;
import io.pulse.retrain.RetrainingReport.Figures;
import io.pulse.scoring.Evaluation;
import io.pulse.scoring.Scoring;
import io.pulse.scoring.TrainingProgress;
import io.pulse.scoring.TrainingRequest;
import io.pulse.scoring.TrainingSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Public entry point of retraining: trains a candidate on the original data plus corrections and
 * gates it against the active model. Nothing here touches a database or a server; callers decide
 * what to do with an accepted candidate.
 */
public final class Retraining {

  /** Receives the phases of a retraining and, while training, the trainer's progress. */
  public interface Progress extends TrainingProgress {
    /** Ignores everything. */
    Progress NONE = new Progress() {};

    /** A phase starts: {@code exporting}, {@code training}, {@code evaluating}. */
    default void phase(String name) {}
  }

  private Retraining() {}

  /**
   * Trains the candidate, evaluates both models and applies the gate ({@link #gate}).
   *
   * @param active the model in service, evaluated on the same data as the candidate
   * @throws io.pulse.scoring.InvalidDataException when a training or held-out file is unreadable
   */
  public static RetrainingReport run(
      RetrainingRequest request, SentimentScorer active, Progress progress) {
    progress.phase("exporting");
    List<Correction> train = new ArrayList<>();
    List<Correction> heldOut = new ArrayList<>();
    for (Correction correction : request.corrections()) {
      (isHeldOut(correction.id(), request.heldOutShare()) ? heldOut : train).add(correction);
    }
    List<Path> trainFiles = new ArrayList<>(request.baseTrainingFiles());
    Path heldOutFile = request.workDirectory().resolve("corrections-heldout.csv");
    try {
      Files.createDirectories(request.workDirectory());
      if (!train.isEmpty()) {
        Path trainFile = request.workDirectory().resolve("corrections-train.csv");
        writeCsv(trainFile, train, request.correctionWeight());
        trainFiles.add(trainFile);
      }
      writeCsv(heldOutFile, heldOut, 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write corrections to " + request.workDirectory(), e);
    }

    progress.phase("training");
    TrainingSummary summary =
        Scoring.train(
            new TrainingRequest(
                trainFiles,
                request.holdoutFile(),
                null,
                request.outputDirectory(),
                request.hyperparameters()),
            progress);

    progress.phase("evaluating");
    Figures activeFigures = figures(active, request.holdoutFile(), heldOutFile, heldOut.size());
    Figures candidateFigures;
    try (SentimentScorer candidate = Scoring.load(summary.directory())) {
      candidateFigures = figures(candidate, request.holdoutFile(), heldOutFile, heldOut.size());
    }
    List<String> reasons = gate(activeFigures, candidateFigures, request.tolerance());
    return new RetrainingReport(
        summary.modelVersion(),
        summary.directory(),
        activeFigures,
        candidateFigures,
        reasons.isEmpty(),
        reasons,
        train.size(),
        heldOut.size(),
        Math.round(summary.trainingSeconds() * 10) / 10.0);
  }

  /**
   * The no-regression gate. The candidate passes when its held-out accuracy and macro-F1 are each
   * at least the active model's minus {@code tolerance}, and, when there are held-out corrections,
   * its accuracy on them is at least the active model's.
   *
   * @return the reasons for rejection with the figures; empty when the candidate passes
   */
  public static List<String> gate(Figures active, Figures candidate, double tolerance) {
    List<String> reasons = new ArrayList<>();
    below(
        reasons,
        "held-out accuracy",
        candidate.holdoutAccuracy(),
        active.holdoutAccuracy(),
        tolerance);
    below(
        reasons,
        "held-out macro-F1",
        candidate.holdoutMacroF1(),
        active.holdoutMacroF1(),
        tolerance);
    if (candidate.correctionsAccuracy() != null && active.correctionsAccuracy() != null) {
      below(
          reasons,
          "held-out corrections accuracy",
          candidate.correctionsAccuracy(),
          active.correctionsAccuracy(),
          0);
    }
    return reasons;
  }

  /**
   * Whether the correction with this id is kept out of training: a fixed hash of the id, so the
   * split never changes between retrainings and a held-out correction never leaks into training.
   */
  public static boolean isHeldOut(String id, double heldOutShare) {
    long h = id.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return Math.floorMod(h, 10_000) < Math.round(heldOutShare * 10_000);
  }

  /**
   * Writes corrections as a training CSV ({@code id,label,text}), each row {@code repeat} times.
   */
  public static void writeCsv(Path file, List<Correction> corrections, int repeat)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader("id", "label", "text").get())) {
      for (int r = 0; r < repeat; r++) {
        for (Correction c : corrections) {
          csv.printRecord(c.id(), c.label().wireName(), c.text());
        }
      }
    }
  }

  private static Figures figures(
      SentimentScorer scorer, Path holdout, Path heldOutCorrections, int corrections) {
    Evaluation onHoldout = Scoring.evaluate(scorer, holdout);
    Double correctionsAccuracy =
        corrections == 0 ? null : Scoring.evaluate(scorer, heldOutCorrections).accuracy();
    return new Figures(
        scorer.version(),
        onHoldout.accuracy(),
        onHoldout.macroF1(),
        correctionsAccuracy,
        corrections);
  }

  private static void below(
      List<String> reasons, String what, double candidate, double active, double tolerance) {
    if (candidate < active - tolerance - 1e-12) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "%s %.4f is below the active model's %.4f minus tolerance %.4f",
              what,
              candidate,
              active,
              tolerance));
    }
  }
}
