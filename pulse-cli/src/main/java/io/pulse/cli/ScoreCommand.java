package io.pulse.cli;

import io.pulse.core.Attribution;
import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.scoring.Scoring;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulse score}: scores texts from arguments, stdin or a CSV column. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores texts for sentiment: the arguments, else stdin lines (also with '-'),"
          + " or a CSV column with --csv."
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ModelOption model;
  @Mixin RoutedScoring.LanguageOption language;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Texts to score; '-' reads stdin.")
  List<String> texts = new ArrayList<>();

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "CSV file (.csv or .csv.gz) to score.")
  Path csv;

  @Option(
      names = "--column",
      paramLabel = "NAME",
      defaultValue = "text",
      description = "Text column of --csv (default: ${DEFAULT-VALUE}).")
  String column;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--summary", description = "Print only the label counts and shares.")
  boolean summary;

  @Option(
      names = "--explain",
      paramLabel = "N",
      arity = "0..1",
      fallbackValue = "3",
      preprocessor = ExplainCount.class,
      description = {
        "Also name the N words or phrases that pushed each score most (default N: 3),",
        "with their weight: the change of the score without them (occlusion). A following",
        "argument that is not a number is a TEXT (or '-' for stdin), not N."
      })
  Integer explain;

  @Option(
      names = "--emotions",
      description = {
        "Also print the dominant emotion (none|frustration|enthusiasm|uncertainty|irritation)",
        "of the bundled emotion model of each text's language and, in jsonl/csv, every",
        "probability."
      })
  boolean emotions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "score",
        spec.commandLine().getErr(),
        () -> {
          List<String> input = input();
          try (RoutedScoring routed = new RoutedScoring(model, language)) {
            List<RoutedScoring.Scored> scored = routed.scoreAll(input);
            List<SentimentScore> scores = scored.stream().map(RoutedScoring.Scored::score).toList();
            if (summary) {
              printSummary(out, scores);
            } else {
              List<List<Attribution>> why = null;
              if (explain != null) {
                if (explain < 1) {
                  throw new IllegalArgumentException("--explain must be >= 1, found " + explain);
                }
                why = new ArrayList<>();
                for (int i = 0; i < input.size(); i++) {
                  why.add(routed.explain(input.get(i), scored.get(i), explain));
                }
              }
              List<EmotionScores> felt = emotions ? routed.emotions(input, scored) : null;
              List<String> languages = scored.stream().map(RoutedScoring.Scored::language).toList();
              format.write(out, input, scores, new OutputFormat.Extras(felt, why, languages));
            }
          }
          out.flush();
          return 0;
        });
  }

  private List<String> input() throws IOException {
    if (csv != null) {
      if (!texts.isEmpty()) {
        throw new IllegalArgumentException("give either TEXT arguments or --csv, not both");
      }
      return Scoring.readColumn(csv, column);
    }
    if (!texts.isEmpty() && !texts.equals(List.of("-"))) {
      return texts;
    }
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return reader.lines().filter(line -> !line.isBlank()).toList();
  }

  /**
   * Takes the argument after {@code --explain} as N only when it is a number: {@code --explain -}
   * and {@code --explain "some text"} leave it to the TEXT parameters, with N at its default.
   */
  static final class ExplainCount implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
      boolean attached = !" ".equals(info.get("separator")); // --explain=N
      if (!attached && !args.isEmpty() && !args.peek().matches("[+-]?\\d+")) {
        args.push(((OptionSpec) option).fallbackValue()); // as if --explain=3 had been given
      }
      return false; // picocli goes on parsing --explain's value from the stack
    }
  }

  private static void printSummary(PrintWriter out, List<SentimentScore> scores) {
    Map<SentimentLabel, Integer> counts = new EnumMap<>(SentimentLabel.class);
    int unscored = 0;
    for (SentimentScore score : scores) {
      if (score == null) {
        unscored++;
      } else {
        counts.merge(score.label(), 1, Integer::sum);
      }
    }
    out.printf(Locale.ROOT, "%d texts%n", scores.size());
    for (SentimentLabel label : SentimentLabel.values()) {
      int count = counts.getOrDefault(label, 0);
      out.printf(
          Locale.ROOT,
          "%-9s %7d  %5.1f%%%n",
          label.wireName(),
          count,
          scores.isEmpty() ? 0.0 : 100.0 * count / scores.size());
    }
    if (unscored > 0) {
      out.printf(
          Locale.ROOT,
          "%-9s %7d  %5.1f%%  (%s)%n",
          "unscored",
          unscored,
          100.0 * unscored / scores.size(),
          OutputFormat.UNSCORED_REASON);
    }
  }
}
