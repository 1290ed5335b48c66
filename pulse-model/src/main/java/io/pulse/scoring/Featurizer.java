package io.pulse.scoring;

import io.pulse.text.Language;
import io.pulse.text.TextPipeline;
import io.pulse.text.Vocabulary;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns texts into the two integer inputs of the network: padded word ids for the CNN + BiLSTM
 * branch and hashed n-gram ids for the bag branch. Thread-safe.
 */
final class Featurizer {
  private final Function<String, List<String>> tokenizer;
  private final Vocabulary vocabulary;
  private final NgramHasher hasher;
  private final int sequenceLength;
  private final int ngramSlots;

  Featurizer(Hyperparameters hyper, Vocabulary vocabulary) {
    this.tokenizer = tokenizer(hyper);
    this.vocabulary = vocabulary;
    this.hasher = new NgramHasher(hyper.ngramBuckets(), hyper.ngramSlots());
    this.sequenceLength = hyper.sequenceLength();
    this.ngramSlots = hyper.ngramSlots();
  }

  /** The text pipeline a model with these hyper-parameters uses. */
  static TextPipeline pipeline(Hyperparameters hyper) {
    return TextPipeline.builder()
        .language(Language.parse(hyper.language()))
        .markNegation(hyper.lexiconTags())
        .memoise(true)
        .build();
  }

  /** Text to model tokens: the pipeline's tokens, with lexicon tags when the model uses them. */
  static Function<String, List<String>> tokenizer(Hyperparameters hyper) {
    TextPipeline pipeline = pipeline(hyper);
    if (!hyper.lexiconTags()) {
      return pipeline::tokens;
    }
    LexiconTags tags = LexiconTags.norwegian();
    return text -> tags.tag(pipeline.tokens(text));
  }

  /** What {@link #tokenizer} does, stored in the manifest. */
  static String describe(Hyperparameters hyper) {
    return pipeline(hyper).describe() + (hyper.lexiconTags() ? ",lexiconTags=norsentlex" : "");
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  int sequenceLength() {
    return sequenceLength;
  }

  int ngramSlots() {
    return ngramSlots;
  }

  /** Featurises texts {@code from} (inclusive) to {@code to} (exclusive), in parallel. */
  Features featurize(List<String> texts, int from, int to) {
    int n = to - from;
    int[] words = new int[n * sequenceLength];
    int[] ngrams = new int[n * ngramSlots];
    IntStream range = IntStream.range(0, n);
    (n >= 64 ? range.parallel() : range)
        .forEach(i -> {
          List<String> tokens = tokenizer.apply(texts.get(from + i));
          int[] ids = vocabulary.encode(tokens, sequenceLength);
          System.arraycopy(ids, 0, words, i * sequenceLength, sequenceLength);
          hasher.hash(tokens, ngrams, i * ngramSlots);
        });
    return new Features(n, words, ngrams);
  }

  /** Flat, row-major inputs for {@code count} texts. */
  record Features(int count, int[] words, int[] ngrams) {}
}
