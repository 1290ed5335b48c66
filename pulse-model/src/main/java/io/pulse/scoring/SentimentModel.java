package io.pulse.scoring;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.pulse.text.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A trained network (or an ensemble of networks with the same shape) with its featurizer and
 * manifest. Computes class probabilities (in the order of the manifest's {@link Task} classes) in
 * batches; thread-safe for inference.
 */
final class SentimentModel implements AutoCloseable {
  static final int BATCH = 512;

  private final ModelManifest manifest;
  private final Featurizer featurizer;
  private final NDManager manager;
  private final List<Block> members = new ArrayList<>();
  private final List<byte[]> parameters;
  private final int classes;

  SentimentModel(ModelManifest manifest, Vocabulary vocabulary, List<byte[]> parameters) {
    this.manifest = manifest;
    this.featurizer = new Featurizer(manifest.hyperparameters(), vocabulary);
    this.parameters = List.copyOf(parameters);
    this.classes = manifest.taskOrSentiment().classes().size();
    this.manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
    try {
      for (int i = 0; i < parameters.size(); i++) {
        byte[] bytes = parameters.get(i);
        Block block =
            SentimentNetwork.forFile(
                manifest.parameterFiles().get(i),
                manifest.hyperparameters(),
                vocabulary.size(),
                classes);
        block.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(bytes)));
        members.add(block);
      }
    } catch (IOException | MalformedModelException e) {
      manager.close();
      throw new IllegalStateException("model parameters do not fit the manifest: " + e, e);
    }
  }

  /** Where {@link #read} finds the files of a saved model. */
  interface Source {
    InputStream open(String fileName) throws IOException;
  }

  static SentimentModel read(Source source, String description) {
    try {
      ModelManifest manifest;
      try (InputStream in = source.open(ModelManifest.FILE_NAME)) {
        manifest = Json.MAPPER.readValue(in, ModelManifest.class);
      }
      List<String> tokens;
      try (InputStream in = source.open(manifest.vocabularyFile())) {
        tokens = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
      List<byte[]> parameters = new ArrayList<>();
      for (String file : manifest.parameterFiles()) {
        try (InputStream in = source.open(file)) {
          parameters.add(in.readAllBytes());
        }
      }
      return new SentimentModel(manifest, Vocabulary.of(tokens), parameters);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot load model from " + description + ": " + e.getMessage(), e);
    }
  }

  /** Writes the model into {@code directory}, replacing it only once everything is written. */
  void save(Path directory) {
    Path target = directory.toAbsolutePath().normalize();
    Path staging = target.resolveSibling(target.getFileName() + ".partial");
    try {
      ModelFiles.deleteTree(staging);
      Files.createDirectories(staging);
      Files.writeString(
          staging.resolve(manifest.vocabularyFile()),
          String.join("\n", featurizer.vocabulary().tokens()) + "\n");
      for (int i = 0; i < parameters.size(); i++) {
        Files.write(staging.resolve(manifest.parameterFiles().get(i)), parameters.get(i));
      }
      Files.writeString(
          staging.resolve(ModelManifest.FILE_NAME),
          Json.MAPPER.writeValueAsString(manifest) + "\n");
      ModelFiles.replace(staging, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write model to " + target, e);
    }
  }

  ModelManifest manifest() {
    return manifest;
  }

  SentimentModel withManifest(ModelManifest updated) {
    return new SentimentModel(updated, featurizer.vocabulary(), parameters);
  }

  /** What the model predicts. */
  Task task() {
    return manifest.taskOrSentiment();
  }

  /**
   * Class probabilities per text (sentiment: negative, neutral, positive), averaged over the
   * members. Batches run in parallel (featurising and forward pass each); with one PyTorch thread
   * per forward pass this uses the cores better than one batch at a time on PyTorch's own thread
   * pool.
   */
  float[][] probabilities(List<String> texts) {
    float[][] out = new float[texts.size()][];
    int batches = (texts.size() + BATCH - 1) / BATCH;
    IntStream range = IntStream.range(0, batches);
    (batches > 1 ? range.parallel() : range).forEach(b -> scoreBatch(texts, b * BATCH, out));
    return out;
  }

  private void scoreBatch(List<String> texts, int from, float[][] out) {
    Featurizer.Features features =
        featurizer.featurize(texts, from, Math.min(texts.size(), from + BATCH));
    int c = classes;
    float[] sum = new float[features.count() * c];
    for (Block block : members) {
      float[] p = probabilities(block, manager, features, featurizer);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += p[i] / members.size();
      }
    }
    double temperature = manifest.temperatureOrOne();
    for (int i = 0; i < features.count(); i++) {
      float[] p = java.util.Arrays.copyOfRange(sum, i * c, i * c + c);
      out[from + i] = temperature == 1.0 ? p : Calibration.apply(p, temperature);
    }
  }

  /** Row-major softmax output of one network in inference mode. */
  static float[] probabilities(
      Block block, NDManager parent, Featurizer.Features features, Featurizer featurizer) {
    try (NDManager batch = parent.newSubManager()) {
      NDArray words =
          batch.create(features.words(), new Shape(features.count(), featurizer.sequenceLength()));
      NDArray ngrams =
          batch.create(features.ngrams(), new Shape(features.count(), featurizer.ngramSlots()));
      NDList output =
          block.forward(new ParameterStore(batch, false), new NDList(words, ngrams), false);
      return output.head().softmax(1).toFloatArray();
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
