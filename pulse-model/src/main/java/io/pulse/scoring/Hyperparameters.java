package io.pulse.scoring;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * Everything that shapes a trained model. {@link #defaults()} reproduces the bundled model.
 *
 * @param language text pipeline language ({@code english} or {@code norwegian})
 * @param sequenceLength tokens per text fed to the CNN + BiLSTM branch (padded or truncated)
 * @param minFrequency minimum training-set count for a token to enter the vocabulary
 * @param maxVocabulary vocabulary size cap, PAD and OOV included
 * @param embeddingSize word embedding size
 * @param convFilters Conv1d filters (kernel 3)
 * @param poolSize max-pooling window and stride after the convolution (shortens what the BiLSTM
 *     reads by this factor)
 * @param lstmHidden BiLSTM hidden size per direction
 * @param ngramBuckets hash buckets of the bag-of-n-grams branch
 * @param ngramSlots n-gram ids per text (padded or truncated)
 * @param ngramSize bag-of-n-grams embedding size
 * @param denseUnits hidden units of the dense layer
 * @param dropout dropout rate before the dense layers
 * @param tokenDropout share of word and n-gram ids hidden during training (word dropout)
 * @param batchSize training batch size
 * @param learningRate Adam learning rate
 * @param maxEpochs epoch cap
 * @param patience epochs without dev macro-F1 improvement before early stopping
 * @param classWeightPower class weight = (n / (3 * n_class)) ^ power; 0 disables weighting
 * @param ensembleSize number of CNN + BiLSTM networks trained with consecutive seeds and averaged
 * @param bagMembers number of extra n-gram-bag-only networks (fastText-like linear models) averaged
 *     in with the CNN + BiLSTM networks; 0 for none
 * @param seed random seed for initialisation, dropout and shuffling
 * @param lexiconTags Norwegian only: negation marks plus NorSentLex polarity and irony tag tokens
 *     after the words they describe ({@code LexiconTags}); false (also when absent from an older
 *     manifest) for plain tokens
 */
public record Hyperparameters(
    String language,
    int sequenceLength,
    int minFrequency,
    int maxVocabulary,
    int embeddingSize,
    int convFilters,
    int poolSize,
    int lstmHidden,
    int ngramBuckets,
    int ngramSlots,
    int ngramSize,
    int denseUnits,
    float dropout,
    float tokenDropout,
    int batchSize,
    float learningRate,
    int maxEpochs,
    int patience,
    float classWeightPower,
    int ensembleSize,
    int bagMembers,
    long seed,
    Boolean lexiconTags) {

  /** Validates the ranges, naming the first bad field. */
  public Hyperparameters {
    lexiconTags = Boolean.TRUE.equals(lexiconTags);
    positive("sequenceLength", sequenceLength);
    positive("minFrequency", minFrequency);
    positive("embeddingSize", embeddingSize);
    positive("convFilters", convFilters);
    positive("poolSize", poolSize);
    positive("lstmHidden", lstmHidden);
    positive("ngramBuckets", ngramBuckets);
    positive("ngramSlots", ngramSlots);
    positive("ngramSize", ngramSize);
    positive("denseUnits", denseUnits);
    positive("batchSize", batchSize);
    positive("maxEpochs", maxEpochs);
    positive("ensembleSize", ensembleSize);
    if (bagMembers < 0) {
      throw new IllegalArgumentException("bagMembers must be >= 0, found " + bagMembers);
    }
    if (maxVocabulary < 3) {
      throw new IllegalArgumentException("maxVocabulary must be >= 3, found " + maxVocabulary);
    }
    if (dropout < 0 || dropout >= 1) {
      throw new IllegalArgumentException("dropout must be in [0, 1), found " + dropout);
    }
    if (tokenDropout < 0 || tokenDropout >= 1) {
      throw new IllegalArgumentException("tokenDropout must be in [0, 1), found " + tokenDropout);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be > 0, found " + learningRate);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, found " + value);
    }
  }

  /** The settings of the bundled default model. */
  public static Hyperparameters defaults() {
    return new Hyperparameters(
        "english", 32, 1, 20_000, 48, 48, 2, 32, 16_384, 192, 16, 64, 0.5f, 0.25f, 64, 0.002f, 12,
        3, 0.5f, 3, 0, 42L, false);
  }

  /**
   * The settings of the bundled model for a task and language: {@link #defaults()} for English
   * sentiment (models/default), smaller and faster settings for the Norwegian sentiment model
   * (models/norwegian) and the emotion model (models/emotion); see docs/benchmarks.md.
   */
  public static Hyperparameters defaults(Task task, io.pulse.text.Language language) {
    String name = language.name().toLowerCase(java.util.Locale.ROOT);
    boolean norwegian = language == io.pulse.text.Language.NORWEGIAN;
    // Norwegian models read NorSentLex tags and negation marks (LexiconTags): chosen on dev,
    // docs/benchmarks.md; tags make texts longer, hence 40 tokens.
    Map<String, Object> norwegianText =
        norwegian ? Map.of("lexiconTags", true, "sequenceLength", 40) : Map.of();
    if (task == Task.EMOTION) {
      return defaults()
          .with(
              Map.of(
                  "language", name,
                  "minFrequency", 2,
                  "maxVocabulary", 12_000,
                  "ensembleSize", 2,
                  "maxEpochs", 10,
                  "patience", 2))
          .with(norwegianText);
    }
    if (norwegian) {
      return defaults()
          .with(
              Map.of(
                  "language", name,
                  "minFrequency", 2,
                  "maxVocabulary", 12_000,
                  "ensembleSize", 5,
                  "maxEpochs", 8,
                  "patience", 2))
          .with(norwegianText);
    }
    return defaults();
  }

  /**
   * A copy with some fields replaced, by record component name (e.g. {@code maxEpochs -> "8"});
   * values are converted from strings or numbers.
   *
   * @throws IllegalArgumentException naming an unknown field or a bad value
   */
  public Hyperparameters with(Map<String, ?> overrides) {
    Map<String, Object> fields = Json.MAPPER.convertValue(this, new TypeReference<>() {});
    for (Map.Entry<String, ?> entry : overrides.entrySet()) {
      if (!fields.containsKey(entry.getKey())) {
        throw new IllegalArgumentException(
            "unknown hyper-parameter '" + entry.getKey() + "', known: " + fields.keySet());
      }
      fields.put(entry.getKey(), entry.getValue());
    }
    try {
      return Json.MAPPER.convertValue(fields, Hyperparameters.class);
    } catch (JacksonException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      throw new IllegalArgumentException("bad hyper-parameter value: " + cause.getMessage(), e);
    }
  }

  /** A copy with another seed. */
  public Hyperparameters withSeed(long value) {
    return with(Map.of("seed", value));
  }
}
