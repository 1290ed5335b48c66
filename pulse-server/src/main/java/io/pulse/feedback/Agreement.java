package io.pulse.feedback;

import io.pulse.core.SentimentLabel;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement of the model with reviewers on answered spot checks. Accuracy and macro-F1 weight each
 * item by 1 / its inclusion probability (Horvitz-Thompson), so they estimate the model's quality on
 * all scored traffic even though low-confidence predictions are sampled more often; {@code
 * sampleAccuracy} is the plain share of agreeing answers. The confusion matrix counts answers: row
 * = reviewer's label, column = model's label, in the order negative, neutral, positive.
 *
 * @param overall figures over the whole range
 * @param series figures per ISO week of sampling ({@code 2026-W47}), oldest first
 */
record Agreement(Overall overall, List<Period> series) {

  /** Labels in the order of the confusion matrix. */
  static final List<String> LABELS = List.of("negative", "neutral", "positive");

  /** Figures over a range. */
  record Overall(
      int n,
      Double accuracy,
      Double macroF1,
      Double sampleAccuracy,
      int[][] confusion,
      List<String> labels) {}

  /** Figures of one week. */
  record Period(String period, int n, Double accuracy, Double macroF1) {}

  static Agreement of(List<ReviewStore.Reviewed> answers) {
    Map<String, List<ReviewStore.Reviewed>> weeks = new TreeMap<>();
    for (ReviewStore.Reviewed answer : answers) {
      var day = answer.sampledAt().withOffsetSameInstant(ZoneOffset.UTC);
      String week =
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      weeks.computeIfAbsent(week, w -> new ArrayList<>()).add(answer);
    }
    List<Period> series = new ArrayList<>();
    weeks.forEach((week, items) -> {
      Overall figures = overall(items);
      series.add(new Period(week, figures.n(), figures.accuracy(), figures.macroF1()));
    });
    return new Agreement(overall(answers), series);
  }

  static Overall overall(List<ReviewStore.Reviewed> answers) {
    int k = SentimentLabel.values().length;
    int[][] confusion = new int[k][k];
    double[][] weighted = new double[k][k];
    int agreeing = 0;
    double total = 0;
    for (ReviewStore.Reviewed a : answers) {
      int truth = a.reviewerLabel().ordinal();
      int predicted = a.modelLabel().ordinal();
      confusion[truth][predicted]++;
      double w = 1 / a.inclusionProbability();
      weighted[truth][predicted] += w;
      total += w;
      if (truth == predicted) {
        agreeing++;
      }
    }
    if (answers.isEmpty()) {
      return new Overall(0, null, null, null, confusion, LABELS);
    }
    double correct = 0;
    double f1Sum = 0;
    int present = 0;
    for (int c = 0; c < k; c++) {
      correct += weighted[c][c];
      double support = 0;
      double predicted = 0;
      for (int j = 0; j < k; j++) {
        support += weighted[c][j];
        predicted += weighted[j][c];
      }
      if (support > 0) {
        present++;
        double precision = predicted == 0 ? 0 : weighted[c][c] / predicted;
        double recall = weighted[c][c] / support;
        f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      }
    }
    return new Overall(
        answers.size(),
        correct / total,
        f1Sum / present,
        (double) agreeing / answers.size(),
        confusion,
        LABELS);
  }
}
