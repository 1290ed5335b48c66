package io.pulse.scoring;

import java.util.List;
import java.util.Locale;

/**
 * Quality of a scorer on labelled texts.
 *
 * @param examples number of texts
 * @param accuracy share of correct labels
 * @param macroF1 unweighted mean of the per-class F1 over the classes present in the gold labels
 * @param expectedCalibrationError mean |confidence - accuracy| over 10 equal-width confidence bins,
 *     weighted by bin size
 * @param classes per-class precision, recall, F1 and support (negative, neutral, positive)
 * @param confusion counts, row = true label, column = predicted label, in label order
 */
public record Evaluation(
    int examples,
    double accuracy,
    double macroF1,
    double expectedCalibrationError,
    List<ClassMetrics> classes,
    int[][] confusion) {

  /** Metrics of one class. */
  public record ClassMetrics(
      String label, double precision, double recall, double f1, int support) {}

  /**
   * AvgRec, SemEval's official metric: recall averaged over the classes present in the gold labels
   * (so it does not reward predicting the majority class).
   */
  public double averageRecall() {
    return classes.stream()
        .filter(c -> c.support() > 0)
        .mapToDouble(ClassMetrics::recall)
        .average()
        .orElse(0);
  }

  /** The metrics as a fixed-width text table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-10s %9s %9s %9s %8s%n",
            "class",
            "precision",
            "recall",
            "f1",
            "support"));
    for (ClassMetrics c : classes) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-10s %9.3f %9.3f %9.3f %8d%n",
              c.label(),
              c.precision(),
              c.recall(),
              c.f1(),
              c.support()));
    }
    out.append(String.format(Locale.ROOT, "%naccuracy  %.4f%n", accuracy));
    out.append(String.format(Locale.ROOT, "macro-F1  %.4f%n", macroF1));
    out.append(String.format(Locale.ROOT, "AvgRec    %.4f%n", averageRecall()));
    out.append(String.format(Locale.ROOT, "ECE       %.4f%n", expectedCalibrationError));
    out.append(
        String.format(
            Locale.ROOT,
            "examples  %d%n%nconfusion (rows = true, columns = predicted)%n",
            examples));
    out.append(String.format(Locale.ROOT, "%-10s", ""));
    for (ClassMetrics c : classes) {
      out.append(String.format(Locale.ROOT, " %9s", c.label()));
    }
    out.append(System.lineSeparator());
    for (int row = 0; row < confusion.length; row++) {
      out.append(String.format(Locale.ROOT, "%-10s", classes.get(row).label()));
      for (int count : confusion[row]) {
        out.append(String.format(Locale.ROOT, " %9d", count));
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  /** The metrics as pretty-printed JSON. */
  public String toJson() {
    return Json.MAPPER.writeValueAsString(this);
  }
}
