package io.pulse.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScorer;
import io.pulse.retrain.RetrainingReport.Figures;
import io.pulse.scoring.Hyperparameters;
import io.pulse.scoring.Scoring;
import io.pulse.scoring.TrainingProgress;
import io.pulse.scoring.TrainingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retraining on tiny synthetic data where "critical" and "failure" only occur in complaints, as in
 * customer-service data; an engineering company's neutral reports use the same words.
 */
class RetrainingTest {
  private static final List<String> THINGS =
      List.of("order", "delivery", "router", "account", "parcel", "device");
  private static final List<String> POSITIVE =
      List.of(
          "the %s was great thanks",
          "lovely %s and helpful staff",
          "excellent %s, thank you",
          "the %s arrived early, wonderful");
  private static final List<String> NEGATIVE =
      List.of(
          "the %s is a critical failure",
          "failure again with the %s, awful",
          "critical problem with the %s is unacceptable",
          "the %s failure is the worst");
  private static final List<String> NEUTRAL =
      List.of(
          "please send the %s number",
          "can you update the %s address",
          "where do I find the %s form",
          "I need the %s receipt for my records");
  static final List<String> ENGINEERING_TRAIN =
      List.of(
          "the critical tolerance for the shaft is attached",
          "please find the failure analysis for batch seven",
          "critical tolerance values are in the drawing",
          "the failure analysis meeting is on monday",
          "we updated the critical tolerance table",
          "failure analysis of the pump is in the report",
          "send the critical tolerance sheet to the lab",
          "the failure analysis template is in the shared folder",
          "critical tolerance checks are scheduled for friday",
          "failure analysis results for the valve are uploaded");
  static final List<String> ENGINEERING_NEW =
      List.of(
          "the critical tolerance of the bracket is in the file",
          "failure analysis for the gearbox is scheduled");

  @TempDir static Path directory;
  static Path train;
  static Path holdout;
  static Hyperparameters tiny;
  static SentimentScorer active;

  @BeforeAll
  static void trainActiveModel() throws IOException {
    train = write("train.csv", 0, 30, false);
    holdout = write("holdout.csv", 100, 12, false);
    tiny =
        Hyperparameters.defaults()
            .with(
                Map.ofEntries(
                    Map.entry("sequenceLength", 12),
                    Map.entry("embeddingSize", 16),
                    Map.entry("convFilters", 16),
                    Map.entry("lstmHidden", 8),
                    Map.entry("ngramBuckets", 1024),
                    Map.entry("ngramSlots", 48),
                    Map.entry("ngramSize", 8),
                    Map.entry("denseUnits", 16),
                    Map.entry("maxEpochs", 6),
                    Map.entry("batchSize", 8),
                    Map.entry("patience", 6),
                    Map.entry("ensembleSize", 1),
                    Map.entry("dropout", 0.1),
                    Map.entry("tokenDropout", 0.0)));
    Scoring.train(
        new TrainingRequest(List.of(train), holdout, null, directory.resolve("active"), tiny),
        TrainingProgress.NONE);
    active = Scoring.load(directory.resolve("active"));
  }

  static Path write(String name, int seed, int perClass, boolean shuffled) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < perClass; i++) {
      int k = seed + i;
      String thing = THINGS.get(k % THINGS.size());
      rows.add(new String[] {"positive", POSITIVE.get(k % 4).formatted(thing)});
      rows.add(new String[] {"negative", NEGATIVE.get(k % 4).formatted(thing)});
      rows.add(new String[] {"neutral", NEUTRAL.get(k % 4).formatted(thing)});
    }
    List<String> labels = new ArrayList<>(rows.stream().map(r -> r[0]).toList());
    if (shuffled) {
      Collections.shuffle(labels, new Random(7));
    }
    List<String> lines = new ArrayList<>(List.of("id,label,text"));
    for (int i = 0; i < rows.size(); i++) {
      lines.add(i + "," + labels.get(i) + ",\"" + rows.get(i)[1] + "\"");
    }
    Path file = directory.resolve(name);
    Files.write(file, lines);
    return file;
  }

  static List<Correction> engineeringCorrections() {
    List<Correction> corrections = new ArrayList<>();
    for (int i = 0; i < ENGINEERING_TRAIN.size(); i++) {
      corrections.add(new Correction("c" + i, SentimentLabel.NEUTRAL, ENGINEERING_TRAIN.get(i)));
    }
    return corrections;
  }

  private static RetrainingRequest request(
      Path base, String name, List<Correction> corrections, double tolerance) {
    return request(base, name, corrections, tolerance, tiny);
  }

  private static RetrainingRequest request(
      Path base,
      String name,
      List<Correction> corrections,
      double tolerance,
      Hyperparameters hyper) {
    return new RetrainingRequest(
        List.of(base),
        holdout,
        corrections,
        0.2,
        5,
        hyper,
        tolerance,
        directory.resolve(name),
        directory.resolve(name + "-work"));
  }

  @Test
  void correctionsTeachDomainTermsAndTheCandidateIsAccepted() {
    List<String> probes = new ArrayList<>(ENGINEERING_TRAIN);
    probes.addAll(ENGINEERING_NEW);
    long neutralBefore =
        active.scoreAll(probes).stream().filter(s -> s.label() == SentimentLabel.NEUTRAL).count();

    RetrainingReport report =
        Retraining.run(
            // one of the 36 held-out texts is 0.028 accuracy: the tolerance allows one slip
            request(train, "domain", engineeringCorrections(), 0.05),
            active,
            Retraining.Progress.NONE);

    try (SentimentScorer candidate = Scoring.load(report.candidateDirectory())) {
      long neutralAfter =
          candidate.scoreAll(probes).stream()
              .filter(s -> s.label() == SentimentLabel.NEUTRAL)
              .count();
      assertThat(neutralBefore).isLessThanOrEqualTo(probes.size() / 4);
      assertThat(neutralAfter).isEqualTo(probes.size());
      assertThat(candidate.scoreAll(ENGINEERING_NEW))
          .allMatch(s -> s.label() == SentimentLabel.NEUTRAL);
    }
    assertThat(report.accepted()).as(report.reasons().toString()).isTrue();
    assertThat(report.correctionsTrained() + report.correctionsHeldOut()).isEqualTo(10);
    assertThat(report.candidate().correctionsAccuracy())
        .isGreaterThan(report.active().correctionsAccuracy());
  }

  /**
   * The figures in docs/learning-loop.md come from one run of the command beside them: a second run
   * must give the same candidate (version = hash of the weights) and the same figures.
   */
  @Test
  void retrainingTwiceOnTheSameInputGivesTheSameCandidateAndFigures() {
    Hyperparameters quick = tiny.with(Map.of("maxEpochs", 2));
    RetrainingReport first =
        Retraining.run(
            request(train, "repeat-1", engineeringCorrections(), 0.05, quick),
            active,
            Retraining.Progress.NONE);
    RetrainingReport second =
        Retraining.run(
            request(train, "repeat-2", engineeringCorrections(), 0.05, quick),
            active,
            Retraining.Progress.NONE);

    assertThat(second.candidateVersion()).isEqualTo(first.candidateVersion());
    assertThat(second.candidate()).isEqualTo(first.candidate());
    assertThat(second.active()).isEqualTo(first.active());
    assertThat(second.reasons()).isEqualTo(first.reasons());
  }

  @Test
  void deliberatelyWorseCandidateIsRejectedWithFigures() throws IOException {
    Path shuffled = write("shuffled.csv", 0, 30, true);

    RetrainingReport report =
        Retraining.run(
            request(shuffled, "worse", List.of(), 0.01), active, Retraining.Progress.NONE);

    assertThat(report.accepted()).isFalse();
    assertThat(report.candidate().holdoutAccuracy())
        .isLessThan(report.active().holdoutAccuracy() - 0.01);
    assertThat(report.reasons())
        .anySatisfy(r ->
            assertThat(r).startsWith("held-out accuracy 0.").contains("minus tolerance 0.0100"));
  }

  @Test
  void gateAllowsToleranceAndRequiresNoLossOnHeldOutCorrections() {
    Figures activeFigures = new Figures("a", 0.80, 0.75, 0.50, 4);
    assertThat(Retraining.gate(activeFigures, new Figures("b", 0.795, 0.745, 0.50, 4), 0.01))
        .isEmpty();
    assertThat(Retraining.gate(activeFigures, new Figures("b", 0.78, 0.76, 0.75, 4), 0.01))
        .singleElement()
        .asString()
        .startsWith("held-out accuracy 0.7800 is below the active model's 0.8000");
    assertThat(Retraining.gate(activeFigures, new Figures("b", 0.80, 0.75, 0.25, 4), 0.01))
        .singleElement()
        .asString()
        .startsWith("held-out corrections accuracy 0.2500");
  }

  @Test
  void heldOutSplitIsStableAndNearItsShare() {
    int heldOut = 0;
    for (int i = 0; i < 10_000; i++) {
      if (Retraining.isHeldOut(Integer.toString(i), 0.2)) {
        heldOut++;
      }
      assertThat(Retraining.isHeldOut(Integer.toString(i), 0.2))
          .isEqualTo(Retraining.isHeldOut(Integer.toString(i), 0.2));
    }
    assertThat(heldOut).isBetween(1_850, 2_150);
  }
}
