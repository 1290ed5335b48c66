package io.pulse.cli;

import io.pulse.core.EmotionScorer;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
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

/** {@code pulse evaluate}: accuracy, per-class P/R/F1, macro-F1, confusion matrix, ECE. */
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
      arity = "1..*",
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
