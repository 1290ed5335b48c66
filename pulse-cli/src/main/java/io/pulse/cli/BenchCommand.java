package io.pulse.cli;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulse bench}: batch scoring throughput, preprocessing included. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures batch scoring throughput (cleaning, tokenising and the network) in messages/s.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ModelOption model;

  @Option(
      names = "--data",
      paramLabel = "CSV",
      defaultValue = "datasets/airline-tweets/train.csv.gz",
      description = "Texts to score (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--column", defaultValue = "text", description = "Text column.")
  String column;

  @Option(
      names = "--messages",
      defaultValue = "50000",
      description = "Messages per timed round (default: ${DEFAULT-VALUE}).")
  int messages;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after one warm-up.")
  int rounds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "bench",
        spec.commandLine().getErr(),
        () -> {
          List<String> source = Scoring.readColumn(data, column);
          List<String> texts = new ArrayList<>(messages);
          for (int i = 0; i < messages; i++) {
            texts.add(source.get(i % source.size()));
          }
          try (SentimentScorer scorer = model.load()) {
            scorer.scoreAll(texts.subList(0, Math.min(texts.size(), 5_000)));
            out.printf(
                Locale.ROOT,
                "model %s, %d messages per round, %d cores%n",
                scorer.version(),
                messages,
                Runtime.getRuntime().availableProcessors());
            double best = 0;
            for (int round = 1; round <= rounds; round++) {
              long start = System.nanoTime();
              scorer.scoreAll(texts);
              double seconds = (System.nanoTime() - start) / 1e9;
              double rate = messages / seconds;
              best = Math.max(best, rate);
              out.printf(Locale.ROOT, "round %d: %.2f s, %,.0f messages/s%n", round, seconds, rate);
              out.flush();
            }
            out.printf(Locale.ROOT, "best: %,.0f messages/s%n", best);
          }
          return 0;
        });
  }
}
