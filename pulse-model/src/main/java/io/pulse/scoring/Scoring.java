package io.pulse.scoring;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public entry point of the scoring feature: trains, loads and evaluates sentiment and emotion
 * models.
 *
 * <p>All models run on the DJL PyTorch engine on the CPU and never download anything. Bundled
 * models: English sentiment ({@code models/default}), Norwegian sentiment ({@code
 * models/norwegian}) and English emotions ({@code models/emotion}).
 */
public final class Scoring {
  /**
   * Classpath folder of the bundled fast model (the repository's {@code models/default}: the CNN +
   * BiLSTM over its own word embeddings, for bulk backfills).
   */
  static final String BUNDLED_RESOURCE = "/io/pulse/scoring/models/default/";

  /**
   * Classpath folder of the bundled accurate model ({@code models/accurate}: the CNN + BiLSTM head
   * over the pretrained encoder's token states; the default for live scoring).
   */
  public static final String BUNDLED_ACCURATE = "/io/pulse/scoring/models/accurate/";

  /** Names of the bundled English models: {@code accurate} (default) and {@code fast}. */
  public static final List<String> BUNDLED_NAMES = List.of("accurate", "fast");

  /** Classpath folder of the bundled Norwegian sentiment model ({@code models/norwegian}). */
  static final String BUNDLED_NORWEGIAN = "/io/pulse/scoring/models/norwegian/";

  /** Classpath folder of the bundled emotion model ({@code models/emotion}). */
  static final String BUNDLED_EMOTION = "/io/pulse/scoring/models/emotion/";

  /** Classpath folder of the bundled Norwegian emotion model ({@code models/norwegian-emotion}). */
  static final String BUNDLED_NORWEGIAN_EMOTION = "/io/pulse/scoring/models/norwegian-emotion/";

  private Scoring() {}

  /**
   * Asks PyTorch for one native thread per forward pass, unless {@code ai.djl.pytorch.num_threads}
   * is set explicitly. Call it before the first model loads, in processes that score several
   * batches or requests at once: their callers already use every core, and PyTorch's own pool on
   * top only adds contention (measured: 8,200-10,400 messages/s batch scoring with one thread
   * against 6,200-7,600/s with two; server single-request p99 37-49 ms against 55 ms). Training
   * runs one batch at a time and is better off with the pool.
   */
  public static void preferOneNativeThreadPerForwardPass() {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
    }
    if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
  }

  /**
   * Loads the default (English) sentiment model bundled with Pulse: the accurate model (pretrained
   * encoder + CNN -> BiLSTM head).
   */
  public static SentimentScorer loadBundled() {
    return loadBundled("accurate");
  }

  /**
   * Loads a bundled English model by name: {@code accurate} (the default for live scoring) or
   * {@code fast} (the CNN + BiLSTM over its own embeddings, for bulk backfills and re-scoring).
   *
   * @throws IllegalArgumentException for another name
   */
  public static SentimentScorer loadBundled(String name) {
    return switch (name) {
      case "accurate" -> {
        String description = "the bundled accurate model";
        yield new EncoderPredictor(EncoderModel.read(classpath(BUNDLED_ACCURATE), description));
      }
      case "fast" ->
          new SentimentPredictor(
              bundled(BUNDLED_RESOURCE, "the bundled fast model", Task.SENTIMENT));
      default ->
          throw new IllegalArgumentException(
              "bundled model must be one of " + BUNDLED_NAMES + "; found '" + name + "'");
    };
  }

  /**
   * Trains the accurate model (frozen encoder, cached token states, CNN -> BiLSTM head), chooses
   * its epoch and temperature on the dev splits and saves it.
   *
   * @return the model directory
   */
  public static Path trainAccurate(
      AccurateTrainingRequest request, java.util.function.Consumer<String> log) {
    RepeatableTraining.warnIfNotRepeatable();
    EncoderHyperparameters hyper = EncoderHyperparameters.defaults().with(request.overrides());
    return new AccurateModelBuilder(request, hyper, log).build();
  }

  private static SentimentModel.Source classpath(String folder) {
    return file -> {
      InputStream in = Scoring.class.getResourceAsStream(folder + file);
      if (in == null) {
        throw new NoSuchFileException("classpath:" + folder + file);
      }
      return in;
    };
  }

  /**
   * Loads the bundled sentiment model for a language: {@link Language#ENGLISH} is {@link
   * #loadBundled()}, {@link Language#NORWEGIAN} the model trained on NoReC sentences ({@code
   * models/norwegian}, version {@code pulse-no-cnn-bilstm-...}).
   */
  public static SentimentScorer loadBundled(Language language) {
    return switch (language) {
      case ENGLISH -> loadBundled();
      case NORWEGIAN ->
          new SentimentPredictor(
              bundled(BUNDLED_NORWEGIAN, "the bundled Norwegian model", Task.SENTIMENT));
    };
  }

  /**
   * Loads the bundled English emotion model ({@code models/emotion}): probabilities of none,
   * frustration, enthusiasm, uncertainty and irritation. docs/emotions.md says what it was trained
   * on and where it is weak.
   */
  public static EmotionScorer loadBundledEmotions() {
    return new EmotionPredictor(
        bundled(BUNDLED_EMOTION, "the bundled emotion model", Task.EMOTION));
  }

  /**
   * Loads the bundled emotion model for a language: {@link Language#ENGLISH} is {@link
   * #loadBundledEmotions()}, {@link Language#NORWEGIAN} the model trained on Norwegian customer
   * messages and NoReC sentences ({@code models/norwegian-emotion}; docs/emotions.md).
   */
  public static EmotionScorer loadBundledEmotions(Language language) {
    return switch (language) {
      case ENGLISH -> loadBundledEmotions();
      case NORWEGIAN ->
          new EmotionPredictor(
              bundled(
                  BUNDLED_NORWEGIAN_EMOTION, "the bundled Norwegian emotion model", Task.EMOTION));
    };
  }

  /**
   * The language of the text pipeline of a saved model (sentiment or emotion), read from its
   * manifest.
   *
   * @throws IllegalStateException when the directory holds no readable manifest
   */
  public static Language languageOf(Path modelDirectory) {
    if (isEncoderModel(modelDirectory)) {
      return Language.ENGLISH; // the accurate tier's encoder is English
    }
    Path manifest = modelDirectory.resolve(ModelManifest.FILE_NAME);
    try {
      return Language.parse(
          Json.MAPPER
              .readValue(manifest.toFile(), ModelManifest.class)
              .hyperparameters()
              .language());
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot read model manifest " + manifest + ": " + e, e);
    }
  }

  /**
   * Loads a sentiment model saved by {@code pulse train} from a directory.
   *
   * @throws IllegalStateException when the files are missing or broken, or the model is not a
   *     sentiment model
   */
  public static SentimentScorer load(Path modelDirectory) {
    if (isEncoderModel(modelDirectory)) {
      return new EncoderPredictor(
          EncoderModel.read(
              file -> Files.newInputStream(modelDirectory.resolve(file)),
              modelDirectory.toString()));
    }
    return new SentimentPredictor(fromDirectory(modelDirectory, Task.SENTIMENT));
  }

  /** Whether the directory holds an accurate (encoder) model: its manifest names an encoder. */
  private static boolean isEncoderModel(Path directory) {
    try (InputStream in = Files.newInputStream(directory.resolve(ModelManifest.FILE_NAME))) {
      return Json.MAPPER.readTree(in).hasNonNull("encoder");
    } catch (java.io.IOException | RuntimeException e) {
      return false; // the loader below names the problem
    }
  }

  /**
   * Loads an emotion model saved by {@code pulse train --task emotion} from a directory.
   *
   * @throws IllegalStateException when the files are missing or broken, or the model is not an
   *     emotion model
   */
  public static EmotionScorer loadEmotions(Path modelDirectory) {
    return new EmotionPredictor(fromDirectory(modelDirectory, Task.EMOTION));
  }

  private static SentimentModel bundled(String folder, String description, Task task) {
    return expect(SentimentModel.read(classpath(folder), description), task, description);
  }

  private static SentimentModel fromDirectory(Path directory, Task task) {
    return expect(
        SentimentModel.read(
            file -> Files.newInputStream(directory.resolve(file)), directory.toString()),
        task,
        directory.toString());
  }

  private static SentimentModel expect(SentimentModel model, Task task, String description) {
    if (model.task() != task) {
      model.close();
      throw new IllegalStateException(
          "cannot load model from "
              + description
              + ": it is a model for task "
              + model.task().wireName()
              + ", expected task "
              + task.wireName());
    }
    return model;
  }

  /**
   * Trains a model, evaluates it on dev (and test when given) and saves it with its manifest.
   *
   * @throws InvalidDataException when a CSV file is missing or malformed (message names file and
   *     line)
   */
  public static TrainingSummary train(TrainingRequest request, TrainingProgress progress) {
    RepeatableTraining.warnIfNotRepeatable();
    return new ModelBuilder(request, progress).build();
  }

  /**
   * Scores the {@code text} column of a labelled CSV file and compares with its {@code label}
   * column.
   *
   * @throws InvalidDataException when the file is missing or malformed
   */
  public static Evaluation evaluate(SentimentScorer scorer, Path labelledCsv) {
    return evaluate(scorer, LabelledFile.standard(labelledCsv));
  }

  /**
   * Scores a labelled CSV file described by {@code data} (columns, label mapping) and compares.
   *
   * @throws InvalidDataException when the file is missing or malformed, or no row is left
   */
  public static Evaluation evaluate(SentimentScorer scorer, LabelledFile data) {
    SentimentDataset rows = SentimentDataset.read(data);
    return SentimentEvaluator.evaluate(rows.labels(), scorer.scoreAll(rows.texts()));
  }

  /**
   * Scores a labelled CSV file with a scoring function that may leave texts unscored (null entries,
   * e.g. a language no model knows) and compares the scored rows with their labels.
   *
   * @param scoring scores for the texts, same size and order; null for an unscored text
   * @throws InvalidDataException when the file is missing or malformed, or no row is left
   * @throws IllegalArgumentException when every row is unscored
   */
  public static Evaluation evaluate(
      LabelledFile data,
      java.util.function.Function<List<String>, List<io.pulse.core.SentimentScore>> scoring) {
    SentimentDataset rows = SentimentDataset.read(data);
    List<io.pulse.core.SentimentScore> scores = scoring.apply(rows.texts());
    List<io.pulse.core.SentimentLabel> gold = new java.util.ArrayList<>();
    List<io.pulse.core.SentimentScore> predicted = new java.util.ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i) != null) {
        gold.add(rows.labels().get(i));
        predicted.add(scores.get(i));
      }
    }
    if (predicted.isEmpty()) {
      throw new IllegalArgumentException(
          data.file() + ": no row was scored (no model for the language of any row)");
    }
    return SentimentEvaluator.evaluate(gold, predicted);
  }

  /**
   * Scores the {@code text} column of labelled CSV files with an emotion scorer and compares with
   * their {@code label} column, mapped as {@link Task#EMOTION} maps training labels (so the CARER
   * emotion files and the neutral rows of sentiment files can be used as they are; skipped labels
   * are left out). Files are concatenated in order.
   *
   * @throws InvalidDataException when a file is missing or malformed, or no row is left
   */
  public static Evaluation evaluateEmotions(EmotionScorer scorer, List<Path> labelledCsvs) {
    ClassDataset rows = ClassDataset.read(labelledCsvs, Task.EMOTION);
    List<EmotionScores> scores = scorer.scoreAll(rows.texts());
    Emotion[] emotions = Emotion.values();
    float[][] probabilities = new float[scores.size()][emotions.length];
    for (int i = 0; i < probabilities.length; i++) {
      for (int e = 0; e < emotions.length; e++) {
        probabilities[i][e] = scores.get(i).probabilities().get(emotions[e]).floatValue();
      }
    }
    return ClassEvaluator.evaluate(rows.labels(), probabilities, Task.EMOTION.classes());
  }

  /**
   * Reads one column of a CSV file (plain or gzipped, with header row).
   *
   * @throws InvalidDataException naming the file when it or the column is missing
   */
  public static List<String> readColumn(Path csv, String column) {
    List<String> values = new java.util.ArrayList<>();
    SentimentDataset.CsvRows.forEach(
        csv, List.of(column), (row, line) -> values.add(row.get(column)));
    return values;
  }

  /** Lower-case hex SHA-256 of every file, keyed by the path as given (file names may repeat). */
  static Map<String, String> hashes(List<Path> files) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Path file : files) {
      hashes.put(file.toString(), SentimentDataset.sha256(file));
    }
    return hashes;
  }
}
