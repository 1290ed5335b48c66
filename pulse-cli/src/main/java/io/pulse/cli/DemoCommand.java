package io.pulse.cli;

import io.pulse.scoring.Scoring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulse demo}: scores the sample messages shipped in datasets/samples. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Scores the sample messages (airline tweets, matter-of-fact business text, Norwegian"
            + " customer messages) in datasets/samples/*.txt (one message per line) and *.csv"
            + " (text column), each with the model of its language.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ModelOption model;
  @Mixin RoutedScoring.LanguageOption language;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      defaultValue = "datasets/samples",
      description = "Folder with sample files (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "demo",
        spec.commandLine().getErr(),
        () -> {
          List<Path> files = sampleFiles();
          try (RoutedScoring routed = new RoutedScoring(model, language)) {
            for (Path file : files) {
              List<String> texts = read(file);
              List<RoutedScoring.Scored> scored = routed.scoreAll(texts);
              out.println();
              out.println("== " + file.getFileName() + " (" + texts.size() + " messages)");
              OutputFormat.table.write(
                  out,
                  texts,
                  scored.stream().map(RoutedScoring.Scored::score).toList(),
                  new OutputFormat.Extras(
                      null, null, scored.stream().map(RoutedScoring.Scored::language).toList()));
            }
            out.println();
            out.println("models " + routed.versions());
          }
          out.flush();
          return 0;
        });
  }

  private List<Path> sampleFiles() throws IOException {
    if (!Files.isDirectory(samples)) {
      throw new IllegalArgumentException(
          samples + ": sample folder not found (run from the repository root or pass --samples)");
    }
    try (Stream<Path> paths = Files.list(samples)) {
      List<Path> files =
          paths
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".csv"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException(samples + ": no .txt or .csv sample files");
      }
      return files;
    }
  }

  private static List<String> read(Path file) throws IOException {
    if (file.toString().endsWith(".csv")) {
      return Scoring.readColumn(file, "text");
    }
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }
}
