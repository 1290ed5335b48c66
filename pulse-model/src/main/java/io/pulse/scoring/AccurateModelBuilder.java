package io.pulse.scoring;

import io.pulse.core.SentimentLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Trains and saves the accurate model: assembles the training data (balanced by domain), encodes
 * every text once (cached), trains the head and writes the head's parameters with a manifest.
 */
final class AccurateModelBuilder {
  /** The SemEval rows held out as the sarcasm check. */
  static final String SARCASM_SOURCE = "twitter-2014sarcasm";

  static final String PARAMETER_FILE = "head.params";

  private final AccurateTrainingRequest request;
  private final EncoderHyperparameters hyper;
  private final Consumer<String> log;

  AccurateModelBuilder(
      AccurateTrainingRequest request, EncoderHyperparameters hyper, Consumer<String> log) {
    this.request = request;
    this.hyper = hyper;
    this.log = log;
  }

  Path build() {
    long started = System.nanoTime();
    Map<String, String> hashes = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>(List.of(request.airlineTrain(), request.semevalTrain()));
    files.addAll(request.extraTrain());
    files.addAll(request.neutralTrain());
    files.forEach(f -> hashes.put(f.toString(), SentimentDataset.sha256(f)));
    try (TokenEncoder encoder = new TokenEncoder(1)) {
      // Each source is encoded (and cached) whole; sampling and repetition pick from its states.
      Map<String, Integer> rows = new LinkedHashMap<>();
      List<StateCache.Entry> states = new ArrayList<>();
      List<Integer> labels = new ArrayList<>();
      add(
          rows,
          states,
          labels,
          "airline",
          encoder,
          read(request.airlineTrain(), false),
          Integer.MAX_VALUE,
          1);
      add(
          rows,
          states,
          labels,
          "semeval",
          encoder,
          read(request.semevalTrain(), true),
          hyper.semevalCap(),
          1);
      for (Path extra : request.extraTrain()) {
        String name = extra.getParent().getFileName().toString();
        add(rows, states, labels, name, encoder, read(extra, false), hyper.extraCap(), 1);
      }
      for (Path neutral : request.neutralTrain()) {
        String name = neutral.getParent().getFileName().toString();
        List<LabeledText> data = read(neutral, false);
        add(rows, states, labels, name, encoder, data, Integer.MAX_VALUE, hyper.neutralRepeat());
      }
      log.accept("training rows " + rows + ", total " + states.size());
      EncoderTrainer.Split train =
          new EncoderTrainer.Split(
              "train", states, labels.stream().mapToInt(Integer::intValue).toArray());
      List<EncoderTrainer.Split> devs = new ArrayList<>();
      for (Path dev : request.devs()) {
        List<LabeledText> rowsOfDev = read(dev, false);
        devs.add(
            new EncoderTrainer.Split(
                dev.getParent().getFileName() + "/dev",
                cached(encoder, rowsOfDev.stream().map(LabeledText::text).toList()),
                rowsOfDev.stream().mapToInt(r -> r.label().ordinal()).toArray()));
      }
      EncoderTrainer.Result result = new EncoderTrainer(hyper, log).train(train, devs);
      String version =
          "pulse-en-minilm-cnn-bilstm-"
              + HexFormat.of().formatHex(sha256(result.parameters()), 0, 6);
      EncoderManifest manifest =
          new EncoderManifest(
              version,
              Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
              EncoderManifest.ARCHITECTURE,
              TokenEncoder.NAME,
              hyper,
              hyper.seed(),
              hashes,
              rows,
              PARAMETER_FILE,
              result.epoch(),
              result.temperature(),
              Math.round((System.nanoTime() - started) / 1e8) / 10.0,
              metrics(result.dev()),
              "sentiment");
      save(manifest, result.parameters());
      return request.output();
    }
  }

  /**
   * The dev evaluations by split, led by {@code dev}: the first dev split's (airline), the split
   * readers of any model's manifest (the dashboard's model page) look for.
   */
  private static Map<String, Evaluation> metrics(Map<String, Evaluation> bySplit) {
    Map<String, Evaluation> metrics = new LinkedHashMap<>();
    bySplit.values().stream().findFirst().ifPresent(first -> metrics.put("dev", first));
    metrics.putAll(bySplit);
    return metrics;
  }

  private List<StateCache.Entry> cached(TokenEncoder encoder, List<String> texts) {
    AtomicInteger done = new AtomicInteger();
    long started = System.nanoTime();
    return StateCache.states(
        encoder,
        texts,
        hyper.trainLength(),
        request.cache(),
        n -> {
          int total = done.addAndGet(n);
          if (total % 2048 < n || total == texts.size()) {
            log.accept(
                String.format(
                    java.util.Locale.ROOT,
                    "  encoded %d/%d (%.0f texts/s)",
                    total,
                    texts.size(),
                    total / ((System.nanoTime() - started) / 1e9)));
          }
        });
  }

  /**
   * Adds a source: all its rows' states, or a seeded sample of {@code cap} of them, {@code repeat}
   * times.
   */
  private void add(
      Map<String, Integer> rows,
      List<StateCache.Entry> states,
      List<Integer> labels,
      String name,
      TokenEncoder encoder,
      List<LabeledText> data,
      int cap,
      int repeat) {
    List<StateCache.Entry> all = cached(encoder, data.stream().map(LabeledText::text).toList());
    List<Integer> picked =
        new ArrayList<>(java.util.stream.IntStream.range(0, data.size()).boxed().toList());
    if (cap < data.size()) {
      Collections.shuffle(picked, new Random(hyper.seed()));
      picked = picked.subList(0, cap);
    }
    for (int r = 0; r < repeat; r++) {
      for (int i : picked) {
        states.add(all.get(i));
        labels.add(data.get(i).label().ordinal());
      }
    }
    rows.merge(name, picked.size() * repeat, Integer::sum);
  }

  /** Labelled rows of a file; with {@code holdOutSarcasm} the sarcasm rows are left out. */
  static List<LabeledText> read(Path file, boolean holdOutSarcasm) {
    List<LabeledText> rows = new ArrayList<>();
    SentimentDataset.CsvRows.forEach(
        file,
        List.of("text", "label"),
        (record, line) -> {
          if (holdOutSarcasm
              && record.isMapped("source")
              && SARCASM_SOURCE.equals(record.get("source"))) {
            return;
          }
          SentimentLabel label = label(record.get("label"));
          if (label != null) {
            rows.add(new LabeledText(record.get("text"), label));
          }
        });
    return rows;
  }

  /** CARER emotions mapped to polarity as in datasets/emotion-sentiment; surprise is left out. */
  private static final Map<String, SentimentLabel> EMOTION_POLARITY =
      Map.of(
          "joy", SentimentLabel.POSITIVE,
          "love", SentimentLabel.POSITIVE,
          "sadness", SentimentLabel.NEGATIVE,
          "anger", SentimentLabel.NEGATIVE,
          "fear", SentimentLabel.NEGATIVE);

  /** A sentiment label, a CARER emotion's polarity, or null for a row to leave out. */
  private static SentimentLabel label(String value) {
    if (value.equals("surprise")) {
      return null;
    }
    SentimentLabel mapped = EMOTION_POLARITY.get(value);
    return mapped != null ? mapped : SentimentLabel.parse(value);
  }

  /** The sarcasm rows of the SemEval train split. */
  static List<LabeledText> sarcasm(Path semevalTrain) {
    List<LabeledText> rows = new ArrayList<>();
    SentimentDataset.CsvRows.forEach(
        semevalTrain,
        List.of("text", "label", "source"),
        (record, line) -> {
          if (SARCASM_SOURCE.equals(record.get("source"))) {
            rows.add(
                new LabeledText(record.get("text"), SentimentLabel.parse(record.get("label"))));
          }
        });
    return rows;
  }

  private void save(EncoderManifest manifest, byte[] parameters) {
    Path target = request.output().toAbsolutePath().normalize();
    Path staging = target.resolveSibling(target.getFileName() + ".partial");
    try {
      ModelFiles.deleteTree(staging);
      Files.createDirectories(staging);
      Files.write(staging.resolve(PARAMETER_FILE), parameters);
      Files.writeString(
          staging.resolve(ModelManifest.FILE_NAME),
          Json.MAPPER.writeValueAsString(manifest) + "\n");
      ModelFiles.replace(staging, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write model to " + target, e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
