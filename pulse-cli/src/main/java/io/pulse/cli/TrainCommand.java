package io.pulse.cli;

import io.pulse.scoring.Hyperparameters;
import io.pulse.scoring.Scoring;
import io.pulse.scoring.Task;
import io.pulse.scoring.TrainingRequest;
import io.pulse.scoring.TrainingSummary;
import io.pulse.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulse train}: trains a CNN + BiLSTM sentiment or emotion model. Defaults reproduce the
 * bundled ones: {@code pulse train -o models/default}, {@code pulse train --language no -o
 * models/norwegian}, {@code pulse train --task emotion -o models/emotion}, {@code pulse train
 * --task emotion --language no -o models/norwegian-emotion}.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a sentiment or emotion model on CSV files with text and label columns"
          + " (.csv or .csv.gz).",
      "The defaults reproduce the bundled models: models/default (no options),"
          + " models/norwegian (--language no), models/emotion (--task emotion),"
          + " models/norwegian-emotion (--task emotion --language no)."
    })
final class TrainCommand implements Callable<Integer> {
  private static final List<Path> ENGLISH_TRAIN =
      paths(
          "datasets/airline-tweets/train.csv.gz",
          "datasets/business-neutral/train.csv",
          "datasets/emotion-sentiment/train.csv");
  private static final List<Path> NORWEGIAN_TRAIN =
      paths("datasets/norwegian-sentiment/train.csv.gz", "datasets/norwegian-customer/train.csv");
  private static final List<Path> NORWEGIAN_EMOTION_TRAIN =
      paths(
          "datasets/norwegian-sentiment/train.csv.gz",
          "datasets/norwegian-customer/emotion-train.csv");
  private static final List<Path> EMOTION_TRAIN =
      paths(
          "datasets/emotion/train.csv.gz",
          "datasets/airline-tweets/train.csv.gz",
          "datasets/business-neutral/train.csv",
          "datasets/customer-emotion/train.csv");

  @Spec CommandSpec spec;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      defaultValue = "sentiment",
      description = {
        "sentiment (negative|neutral|positive) or emotion (none|frustration|enthusiasm|"
            + "uncertainty|irritation; CARER labels are mapped, see docs/emotions.md)"
            + " (default: ${DEFAULT-VALUE})."
      })
  String task;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Text pipeline language: en or no (Norwegian) (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = "--train",
      paramLabel = "CSV",
      split = ",",
      description = {
        "Training file(s), concatenated. Default: sentiment en:",
        "  datasets/airline-tweets/train.csv.gz,datasets/business-neutral/train.csv,"
            + "datasets/emotion-sentiment/train.csv;",
        "  sentiment no: datasets/norwegian-sentiment/train.csv.gz,"
            + "datasets/norwegian-customer/train.csv;",
        "  emotion: datasets/emotion/train.csv.gz,datasets/airline-tweets/train.csv.gz,"
            + "datasets/business-neutral/train.csv (their neutral rows are 'none'),"
            + "datasets/customer-emotion/train.csv;",
        "  emotion no: datasets/norwegian-sentiment/train.csv.gz,"
            + "datasets/norwegian-customer/emotion-train.csv."
      })
  List<Path> trainFiles;

  @Option(
      names = "--dev",
      paramLabel = "CSV",
      split = ",",
      description = {
        "Dev file(s) for early stopping. Default: sentiment en datasets/airline-tweets/dev.csv.gz;",
        "  sentiment no: datasets/norwegian-sentiment/dev.csv.gz,datasets/norwegian-customer/dev.csv;",
        "  emotion: datasets/emotion/dev.csv.gz,datasets/airline-tweets/dev.csv.gz;",
        "  emotion no: datasets/norwegian-customer/emotion-dev.csv,"
            + "datasets/norwegian-sentiment/dev.csv.gz."
      })
  List<Path> devFiles;

  @Option(
      names = "--test",
      paramLabel = "CSV",
      description = "Optional test file, evaluated once after training and stored in the manifest.")
  Path testFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Model directory to write (replaced when complete).")
  Path output;

  @Option(names = "--seed", description = "Random seed (default: 42).")
  Long seed;

  @Option(names = "--epochs", description = "Maximum epochs (default: 12).")
  Integer epochs;

  @Option(
      names = "--ensemble",
      description = "CNN + BiLSTM networks averaged in the model (default: 3).")
  Integer ensemble;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = "Any other hyper-parameter, e.g. -p lstmHidden=64 -p dropout=0.3.")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "train",
        spec.commandLine().getErr(),
        () -> {
          Map<String, Object> overrides = new LinkedHashMap<>(params);
          if (seed != null) {
            overrides.put("seed", seed);
          }
          if (epochs != null) {
            overrides.put("maxEpochs", epochs);
          }
          if (ensemble != null) {
            overrides.put("ensembleSize", ensemble);
          }
          Task kind = Task.parse(task);
          Language lang = Language.parse(language);
          Hyperparameters hyper = Hyperparameters.defaults(kind, lang).with(overrides);
          TrainingSummary summary;
          try (EpochBars progress = new EpochBars(out)) {
            summary =
                Scoring.train(
                    new TrainingRequest(
                        trainFiles == null ? defaultTrain(kind, lang) : trainFiles,
                        devFiles == null ? defaultDev(kind, lang) : devFiles,
                        testFile,
                        output,
                        hyper,
                        kind),
                    progress);
          }
          out.printf(
              Locale.ROOT,
              "%nmodel %s written to %s in %.1f s%n",
              summary.modelVersion(),
              summary.directory(),
              summary.trainingSeconds());
          out.printf(
              Locale.ROOT,
              "dev:  accuracy %.4f  macro-F1 %.4f%n",
              summary.dev().accuracy(),
              summary.dev().macroF1());
          if (summary.test() != null) {
            out.printf(
                Locale.ROOT,
                "test: accuracy %.4f  macro-F1 %.4f%n",
                summary.test().accuracy(),
                summary.test().macroF1());
          }
          return 0;
        });
  }

  private static List<Path> defaultTrain(Task kind, Language lang) {
    if (kind == Task.EMOTION) {
      return lang == Language.NORWEGIAN ? NORWEGIAN_EMOTION_TRAIN : EMOTION_TRAIN;
    }
    return lang == Language.NORWEGIAN ? NORWEGIAN_TRAIN : ENGLISH_TRAIN;
  }

  private static List<Path> defaultDev(Task kind, Language lang) {
    if (kind == Task.EMOTION) {
      return lang == Language.NORWEGIAN
          ? paths(
              "datasets/norwegian-customer/emotion-dev.csv",
              "datasets/norwegian-sentiment/dev.csv.gz")
          : paths("datasets/emotion/dev.csv.gz", "datasets/airline-tweets/dev.csv.gz");
    }
    return lang == Language.NORWEGIAN
        ? paths("datasets/norwegian-sentiment/dev.csv.gz", "datasets/norwegian-customer/dev.csv")
        : paths("datasets/airline-tweets/dev.csv.gz");
  }

  private static List<Path> paths(String... files) {
    return java.util.Arrays.stream(files).map(Path::of).toList();
  }
}
