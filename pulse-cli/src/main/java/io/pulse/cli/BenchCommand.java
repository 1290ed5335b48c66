package io.pulse.cli;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "Timed rounds after the warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      description =
          "Untimed warm-up rounds of the same size first, so that the JIT compiler and PyTorch"
              + " reach their steady state as in a long-running service (default:"
              + " ${DEFAULT-VALUE}; 0 measures a cold start).")
  int warmup;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "bench",
        spec.commandLine().getErr(),
        () -> {
          positive("--messages", messages, 1);
          positive("--rounds", rounds, 1);
          positive("--warmup", warmup, 0);
          List<String> source = Scoring.readColumn(data, column);
          List<String> texts = new ArrayList<>(messages);
          for (int i = 0; i < messages; i++) {
            texts.add(source.get(i % source.size()));
          }
          try (SentimentScorer scorer = model.load()) {
            out.printf(
                Locale.ROOT,
                "model %s, %d messages per round, %d warm-up + %d timed rounds, %d cores%n",
                scorer.version(),
                messages,
                warmup,
                rounds,
                Runtime.getRuntime().availableProcessors());
            double[] rates = new double[rounds];
            for (int round = 1 - warmup; round <= rounds; round++) {
              long start = System.nanoTime();
              scorer.scoreAll(texts);
              double seconds = (System.nanoTime() - start) / 1e9;
              double rate = messages / seconds;
              String label = round < 1 ? "warm-up " + (round + warmup) : "round " + round;
              if (round >= 1) {
                rates[round - 1] = rate;
              }
              out.printf(Locale.ROOT, "%s: %.2f s, %,.0f messages/s%n", label, seconds, rate);
              out.flush();
            }
            Arrays.sort(rates);
            out.printf(
                Locale.ROOT,
                "median: %,.0f messages/s, slowest: %,.0f, fastest: %,.0f%n",
                median(rates),
                rates[0],
                rates[rates.length - 1]);
          }
          return 0;
        });
  }

  private static void positive(String option, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          option + " must be at least " + minimum + ", found " + value);
    }
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
