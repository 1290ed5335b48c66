package io.pulse.cli;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Evaluation;
import io.pulse.scoring.LabelledFile;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The sets of {@code pulse evaluate --suite}: each public test set (or its dev twin with {@code
 * --split dev}) with the metric it is known by, the TF-IDF + logistic regression baseline, the best
 * published figure and the goal Pulse aims for.
 */
final class EvaluationSuite {

  /** How a set's headline figure is read from an evaluation. */
  enum Metric {
    ACCURACY("acc", Evaluation::accuracy),
    MACRO_F1("mF1", Evaluation::macroF1),
    AVERAGE_RECALL("AvgRec", Evaluation::averageRecall),
    NEUTRAL_SHARE("neutral share", Evaluation::accuracy),
    POLARITY_ACCURACY("polarity acc", Evaluation::accuracy);

    final String label;
    final ToDoubleFunction<Evaluation> read;

    Metric(String label, ToDoubleFunction<Evaluation> read) {
      this.label = label;
      this.read = read;
    }
  }

  /**
   * One row of the suite.
   *
   * @param test file under the data folder for the final report
   * @param dev its dev twin, null when the set has none
   */
  record Set(
      String name,
      String test,
      String dev,
      Metric metric,
      String textColumn,
      Map<String, SentimentLabel> labelMap,
      SentimentLabel expected,
      String tfidf,
      String published,
      double goal) {}

  private static final Map<String, SentimentLabel> EMOTION_POLARITY =
      Map.of(
          "joy", SentimentLabel.POSITIVE,
          "love", SentimentLabel.POSITIVE,
          "sadness", SentimentLabel.NEGATIVE,
          "anger", SentimentLabel.NEGATIVE,
          "fear", SentimentLabel.NEGATIVE);

  static final List<Set> SETS =
      List.of(
          new Set(
              "airline tweets",
              "airline-tweets/test.csv.gz",
              "airline-tweets/dev.csv.gz",
              Metric.ACCURACY,
              "text",
              Map.of(),
              null,
              "0.817 / mF1 0.756",
              "RoBERTa 0.86-0.87 / mF1 0.82",
              0.85),
          new Set(
              "SemEval-2017 Twitter",
              "semeval-twitter/test.csv.gz",
              "semeval-twitter/dev.csv.gz",
              Metric.AVERAGE_RECALL,
              "text",
              Map.of(),
              null,
              "0.606",
              "BERTweet 0.734, RoBERTa 0.726",
              0.70),
          new Set(
              "SemEval SMS",
              "semeval-twitter/sms-test.csv.gz",
              null,
              Metric.MACRO_F1,
              "text",
              Map.of(),
              null,
              "0.647",
              "",
              0.70),
          new Set(
              "SemEval LiveJournal",
              "semeval-twitter/livejournal-test.csv.gz",
              null,
              Metric.MACRO_F1,
              "text",
              Map.of(),
              null,
              "0.645",
              "",
              0.70),
          new Set(
              "Bitext support (neutral)",
              "support/bitext_customer_support_sample.csv.gz",
              null,
              Metric.NEUTRAL_SHARE,
              "instruction",
              Map.of(),
              SentimentLabel.NEUTRAL,
              "",
              "",
              0.85),
          new Set(
              "emotion polarity",
              "emotion/test.csv.gz",
              "emotion/dev.csv.gz",
              Metric.POLARITY_ACCURACY,
              "text",
              EMOTION_POLARITY,
              null,
              "",
              "",
              0.91));

  /** The result of one set; {@code evaluation} null when its file is missing. */
  record Result(Set set, Path file, Evaluation evaluation, String note) {

    double value() {
      return set.metric().read.applyAsDouble(evaluation);
    }
  }

  private EvaluationSuite() {}

  /** Evaluates every set whose file exists under {@code dataDir}; notes the missing ones. */
  static List<Result> run(SentimentScorer scorer, Path dataDir, boolean dev) {
    List<Result> results = new ArrayList<>();
    for (Set set : SETS) {
      String name = dev ? set.dev() : set.test();
      if (name == null) {
        results.add(new Result(set, null, null, "no dev split"));
        continue;
      }
      Path file = dataDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        results.add(new Result(set, file, null, "skipped: " + file + " not found"));
        continue;
      }
      LabelledFile labelled =
          new LabelledFile(file, set.textColumn(), "label", set.labelMap(), set.expected());
      results.add(new Result(set, file, Scoring.evaluate(scorer, labelled), null));
    }
    return results;
  }

  /** The one table: Pulse beside the TF-IDF and published figures and the goal. */
  static void print(PrintWriter out, String version, List<Result> results) {
    out.println("model " + version);
    out.println();
    String format = "%-26s %6s %-14s %7s %6s %6s %7s  %-18s %-30s%n";
    out.printf(
        Locale.ROOT,
        format,
        "set",
        "n",
        "metric",
        "Pulse",
        "acc",
        "ECE",
        "goal",
        "TF-IDF + LR",
        "best published");
    for (Result r : results) {
      if (r.evaluation() == null) {
        out.printf(Locale.ROOT, "%-26s %s%n", r.set().name(), r.note());
        continue;
      }
      Evaluation e = r.evaluation();
      out.printf(
          Locale.ROOT,
          format,
          r.set().name(),
          e.examples(),
          r.set().metric().label,
          String.format(Locale.ROOT, "%.3f", r.value()),
          String.format(Locale.ROOT, "%.3f", e.accuracy()),
          String.format(Locale.ROOT, "%.3f", e.expectedCalibrationError()),
          (r.value() >= r.set().goal() ? ">=" : "< ")
              + String.format(Locale.ROOT, "%.2f", r.set().goal()),
          r.set().tfidf(),
          r.set().published());
    }
  }

  /** The results as JSON-ready maps. */
  static List<Map<String, Object>> json(List<Result> results) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("set", r.set().name());
      row.put("file", r.file() == null ? null : r.file().toString());
      if (r.evaluation() == null) {
        row.put("note", r.note());
      } else {
        Evaluation e = r.evaluation();
        row.put("examples", e.examples());
        row.put("metric", r.set().metric().label);
        row.put("value", r.value());
        row.put("accuracy", e.accuracy());
        row.put("macroF1", e.macroF1());
        row.put("averageRecall", e.averageRecall());
        row.put("expectedCalibrationError", e.expectedCalibrationError());
        row.put("goal", r.set().goal());
        row.put("goalMet", r.value() >= r.set().goal());
        row.put("tfidf", r.set().tfidf());
        row.put("published", r.set().published());
      }
      rows.add(row);
    }
    return rows;
  }
}
