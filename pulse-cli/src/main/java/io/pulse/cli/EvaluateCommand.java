package io.pulse.cli;

import io.pulse.core.EmotionScorer;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Evaluation;
import io.pulse.scoring.LabelledFile;
import io.pulse.scoring.Scoring;
import io.pulse.scoring.Task;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pulse evaluate}: accuracy, per-class P/R/F1, macro-F1, AvgRec, confusion matrix, ECE; with
 * {@code --suite} every public test set in one table beside the peers.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates a model on a CSV file with text and label columns (.csv or .csv.gz).",
      "With --task emotion: an emotion model on one or more files, concatenated; labels map as in"
          + " training (sadness=frustration, anger=irritation, fear=uncertainty, joy/love="
          + "enthusiasm, neutral=none; surprise, negative and positive rows are skipped)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ModelOption model;
  @Mixin RoutedScoring.LanguageOption language;

  @Parameters(
      paramLabel = "CSV",
      arity = "0..*",
      description = "Labelled file(s) (columns text, label); several only with --task emotion.")
  List<Path> data;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      defaultValue = "sentiment",
      description =
          "sentiment or emotion (default: ${DEFAULT-VALUE}; emotion: bundled emotion"
              + " model unless -m is given).")
  String task;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the metrics as JSON.")
  Path json;

  @Option(
      names = "--suite",
      description = "Evaluate on every public set (see --data-dir) and print one table.")
  boolean suite;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description =
          "Folder with the suite's sets (default: ${DEFAULT-VALUE}); missing ones are"
              + " skipped with a note.")
  Path dataDir;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      defaultValue = "test",
      description =
          "Suite split: test (the final report) or dev (for choices) (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--text-column",
      defaultValue = "text",
      description = "Column with the text (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(
      names = "--label-column",
      defaultValue = "label",
      description = "Column with the label (default: ${DEFAULT-VALUE}).")
  String labelColumn;

  @Option(
      names = "--map",
      paramLabel = "LABEL=SENTIMENT",
      split = ",",
      description = {
        "Maps the file's own labels to negative|neutral|positive, e.g.",
        "--map joy=positive,love=positive,sadness=negative; rows with other labels are skipped."
      })
  Map<String, String> labelMap = new LinkedHashMap<>();

  @Option(
      names = "--expect",
      paramLabel = "SENTIMENT",
      description = "Every row is expected to have this label (for unlabelled text of known tone).")
  String expected;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "evaluate",
        spec.commandLine().getErr(),
        () -> {
          if (suite) {
            return runSuite(out);
          }
          if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("give a labelled CSV file, or --suite");
          }
          Evaluation evaluation;
          String version;
          if (Task.parse(task) == Task.EMOTION) {
            try (EmotionScorer scorer = model.loadEmotions()) {
              evaluation = Scoring.evaluateEmotions(scorer, data);
              version = scorer.version();
            }
          } else {
            if (data.size() != 1) {
              throw new IllegalArgumentException(
                  "give one CSV file for --task sentiment, found " + data.size());
            }
            try (RoutedScoring routed = new RoutedScoring(model, language)) {
              int[] unscored = new int[1];
              evaluation =
                  Scoring.evaluate(
                      labelledFile(),
                      texts -> {
                        List<SentimentScore> scores =
                            routed.scoreAll(texts).stream()
                                .map(RoutedScoring.Scored::score)
                                .toList();
                        unscored[0] = (int) scores.stream().filter(s -> s == null).count();
                        return scores;
                      });
              version =
                  routed.versions()
                      + (unscored[0] == 0
                          ? ""
                          : " (" + unscored[0] + " rows unscored, unsupported language, left out)");
            }
          }
          out.println(
              "model "
                  + version
                  + " on "
                  + data.stream().map(Path::toString).collect(Collectors.joining(", ")));
          out.println();
          out.print(evaluation.table());
          if (json != null) {
            Files.writeString(json, evaluation.toJson());
            out.println("\nmetrics written to " + json);
          }
          return 0;
        });
  }

  private int runSuite(PrintWriter out) throws java.io.IOException {
    if (!split.equals("test") && !split.equals("dev")) {
      throw new IllegalArgumentException("--split must be test or dev; found '" + split + "'");
    }
    if (data != null && !data.isEmpty()) {
      throw new IllegalArgumentException("--suite takes no CSV files; found " + data);
    }
    try (SentimentScorer scorer = model.load()) {
      List<EvaluationSuite.Result> results =
          EvaluationSuite.run(scorer, dataDir, split.equals("dev"));
      EvaluationSuite.print(out, scorer.version() + " (" + split + " splits)", results);
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("model", scorer.version());
      document.put("split", split);
      document.put("sets", EvaluationSuite.json(results));
      String text =
          tools.jackson.databind.json.JsonMapper.builder()
              .build()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(document);
      if (json != null) {
        Files.writeString(json, text + "\n");
        out.println("\nmetrics written to " + json);
      } else {
        out.println();
        out.println(text);
      }
    }
    return 0;
  }

  private LabelledFile labelledFile() {
    Map<String, SentimentLabel> mapping = new LinkedHashMap<>();
    labelMap.forEach((from, to) -> mapping.put(from.strip(), parseLabel("--map " + from, to)));
    SentimentLabel fixed = expected == null ? null : parseLabel("--expect", expected);
    return new LabelledFile(data.getFirst(), textColumn, labelColumn, mapping, fixed);
  }

  private static SentimentLabel parseLabel(String option, String value) {
    try {
      return SentimentLabel.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }
}
