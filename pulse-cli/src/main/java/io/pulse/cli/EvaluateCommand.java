package io.pulse.cli;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Evaluation;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "evaluate",
        spec.commandLine().getErr(),
        () -> {
          try (SentimentScorer scorer = model.load()) {
            Evaluation evaluation = Scoring.evaluate(scorer, data);
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
}
