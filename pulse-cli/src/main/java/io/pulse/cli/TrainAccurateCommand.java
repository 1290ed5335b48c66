package io.pulse.cli;

import io.pulse.scoring.AccurateTrainingRequest;
import io.pulse.scoring.Scoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulse train-accurate}: trains the accurate model (frozen pretrained encoder from its Maven
 * artifact, CNN -> BiLSTM head trained here). Defaults reproduce {@code models/accurate}.
 */
@Command(
    name = "train-accurate",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the accurate English model: the CNN -> BiLSTM head over the token states of the"
          + " bundled pretrained encoder (all-MiniLM-L6-v2), which stays frozen; its states are"
          + " computed once per text and cached.",
      "Data: airline train, SemEval train (sarcasm rows held out), an 8k sample of the CARER"
          + " emotion train split mapped to polarity, business-neutral and e-mail boilerplate"
          + " (repeated 4x); epoch and temperature chosen on the airline and SemEval dev splits."
          + " The defaults reproduce models/accurate."
    })
final class TrainAccurateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "Folder with semeval-twitter/ (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "models/accurate",
      description = "Model directory to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      defaultValue = "target/encoder-cache",
      description = "Where the encoder's token states are cached (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(
      names = "--extra",
      paramLabel = "CSV",
      split = ",",
      description =
          "Further labelled files, each sampled to extraCap rows (default: the shared"
              + " emotion/train.csv.gz); CARER emotions are mapped to polarity.")
  List<Path> extra = new java.util.ArrayList<>();

  @Option(
      names = "--neutral",
      paramLabel = "CSV",
      split = ",",
      description =
          "Small neutral domains, repeated neutralRepeat times (default:"
              + " datasets/business-neutral/train.csv,datasets/email-neutral/train.csv).")
  List<Path> neutral = new java.util.ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      split = ",",
      description = "Replaces hyper-parameters, e.g. --set semevalCap=32000,maxEpochs=6.")
  java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "train-accurate",
        spec.commandLine().getErr(),
        () -> {
          Path semeval = shared.resolve("semeval-twitter");
          AccurateTrainingRequest request =
              new AccurateTrainingRequest(
                  Path.of("datasets/airline-tweets/train.csv.gz"),
                  semeval.resolve("train.csv.gz"),
                  extra.isEmpty() ? List.of(shared.resolve("emotion/train.csv.gz")) : extra,
                  neutral.isEmpty()
                      ? List.of(
                          Path.of("datasets/business-neutral/train.csv"),
                          Path.of("datasets/email-neutral/train.csv"))
                      : neutral,
                  List.of(
                      Path.of("datasets/airline-tweets/dev.csv.gz"), semeval.resolve("dev.csv.gz")),
                  output,
                  cache,
                  overrides);
          Path written =
              Scoring.trainAccurate(
                  request,
                  line -> {
                    out.println(line);
                    out.flush();
                  });
          out.println("model written to " + written);
          return 0;
        });
  }
}
