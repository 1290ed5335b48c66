package io.pulse.cli;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Evaluation;
import io.pulse.scoring.LabelledFile;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
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
    description = "Evaluates a model on a CSV file with text and label columns (.csv or .csv.gz).")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ModelOption model;

  @Parameters(paramLabel = "CSV", description = "Labelled file (columns text, label).")
  Path data;

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
          try (SentimentScorer scorer = model.load()) {
            Evaluation evaluation = Scoring.evaluate(scorer, labelledFile());
            out.println("model " + scorer.version() + " on " + data);
            out.println();
            out.print(evaluation.table());
            if (json != null) {
              Files.writeString(json, evaluation.toJson());
              out.println("\nmetrics written to " + json);
            }
          }
          return 0;
        });
  }

  private LabelledFile labelledFile() {
    Map<String, SentimentLabel> mapping = new LinkedHashMap<>();
    labelMap.forEach((from, to) -> mapping.put(from.strip(), parseLabel("--map " + from, to)));
    SentimentLabel fixed = expected == null ? null : parseLabel("--expect", expected);
    return new LabelledFile(data, textColumn, labelColumn, mapping, fixed);
  }

  private static SentimentLabel parseLabel(String option, String value) {
    try {
      return SentimentLabel.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }
}
