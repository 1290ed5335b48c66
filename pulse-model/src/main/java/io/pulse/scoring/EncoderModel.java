package io.pulse.scoring;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The accurate model: the pretrained encoder (from its Maven artifact) and the trained CNN ->
 * BiLSTM head. Texts up to {@value LongText#WHOLE} word pieces are scored in one pass; longer ones
 * in sentence windows combined by {@link LongText}. Thread-safe for inference.
 */
final class EncoderModel implements AutoCloseable {
  static final int BATCH = 64;

  private final EncoderManifest manifest;
  private final TokenEncoder encoder;
  private final NDManager manager;
  private final Block head;

  EncoderModel(EncoderManifest manifest, byte[] parameters) {
    this.manifest = manifest;
    this.manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
    this.head = new EncoderHead(manifest.hyperparameters(), 3);
    try {
      head.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(parameters)));
    } catch (IOException | MalformedModelException e) {
      manager.close();
      throw new IllegalStateException("head parameters do not fit the manifest: " + e, e);
    }
    this.encoder = new TokenEncoder(1);
  }

  static EncoderModel read(SentimentModel.Source source, String description) {
    try {
      EncoderManifest manifest;
      try (InputStream in = source.open(ModelManifest.FILE_NAME)) {
        manifest = Json.MAPPER.readValue(in, EncoderManifest.class);
      }
      byte[] parameters;
      try (InputStream in = source.open(manifest.parameterFile())) {
        parameters = in.readAllBytes();
      }
      return new EncoderModel(manifest, parameters);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot load model from " + description + ": " + e.getMessage(), e);
    }
  }

  EncoderManifest manifest() {
    return manifest;
  }

  /** Word pieces of a text without the special tokens. */
  int pieces(String text) {
    return encoder.pieces(text);
  }

  /** Class probabilities (negative, neutral, positive) per text. */
  float[][] probabilities(List<String> texts) {
    List<long[]> units = new ArrayList<>();
    int[][] unitsOf = new int[texts.size()][];
    int[][] weightsOf = new int[texts.size()][];
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      long[] ids = encoder.ids(text);
      List<String> windows =
          ids.length - 2 <= LongText.WHOLE ? List.of() : LongText.windows(text, encoder::pieces);
      if (windows.size() <= 1) {
        unitsOf[t] = new int[] {units.size()};
        weightsOf[t] = new int[] {ids.length};
        units.add(windows.isEmpty() ? ids : encoder.ids(windows.getFirst()));
      } else {
        unitsOf[t] = new int[windows.size()];
        weightsOf[t] = new int[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
          long[] windowIds = encoder.ids(windows.get(w));
          unitsOf[t][w] = units.size();
          weightsOf[t][w] = windowIds.length;
          units.add(windowIds);
        }
      }
    }
    float[][] unitProbabilities = scoreUnits(units);
    float[][] out = new float[texts.size()][];
    for (int t = 0; t < out.length; t++) {
      if (unitsOf[t].length == 1) {
        out[t] = unitProbabilities[unitsOf[t][0]];
      } else {
        List<float[]> windows = new ArrayList<>();
        for (int u : unitsOf[t]) {
          windows.add(unitProbabilities[u]);
        }
        out[t] = LongText.combine(windows, weightsOf[t]);
      }
    }
    return out;
  }

  private float[][] scoreUnits(List<long[]> units) {
    Integer[] order = IntStream.range(0, units.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Integer.compare(units.get(a).length, units.get(b).length));
    float[][] out = new float[units.size()][];
    int batches = (units.size() + BATCH - 1) / BATCH;
    IntStream range = IntStream.range(0, batches);
    (batches > 1 ? range.parallel() : range)
        .forEach(b -> {
          int from = b * BATCH;
          int to = Math.min(units.size(), from + BATCH);
          long[][] ids = new long[to - from][];
          for (int i = from; i < to; i++) {
            ids[i - from] = units.get(order[i]);
          }
          float[][] p = scoreBatch(ids);
          for (int i = from; i < to; i++) {
            out[order[i]] = p[i - from];
          }
        });
    return out;
  }

  private float[][] scoreBatch(long[][] ids) {
    TokenEncoder.States states = encoder.encodeIds(ids);
    int n = states.count();
    int length = states.length() + states.length() % 2;
    int d = TokenEncoder.DIMENSION;
    float[] values = states.values();
    if (length != states.length()) {
      values = new float[n * length * d];
      for (int i = 0; i < n; i++) {
        System.arraycopy(
            states.values(), i * states.length() * d, values, i * length * d, states.length() * d);
      }
    }
    float[] mask = new float[n * length];
    for (int i = 0; i < n; i++) {
      Arrays.fill(mask, i * length, i * length + states.lengths()[i], 1f);
    }
    float[] logits;
    try (NDManager batch = manager.newSubManager()) {
      NDList inputs =
          new NDList(
              batch.create(values, new Shape(n, length, d)),
              batch.create(mask, new Shape(n, length)));
      logits = head.forward(new ParameterStore(batch, false), inputs, false).head().toFloatArray();
    }
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      out[i] =
          EncoderTrainer.softmax(
              Arrays.copyOfRange(logits, i * 3, i * 3 + 3), manifest.temperature());
    }
    return out;
  }

  @Override
  public void close() {
    try {
      encoder.close();
    } finally {
      manager.close();
    }
  }
}
