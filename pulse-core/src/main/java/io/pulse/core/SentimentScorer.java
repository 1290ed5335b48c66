package io.pulse.core;

import java.util.List;

/**
 * Scores texts for sentiment. Implementations are thread-safe; {@link #scoreAll} is the fast path
 * (one batched model call), {@link #score} a convenience for single texts.
 */
public interface SentimentScorer extends AutoCloseable {

  /** Scores every text; the result has the same size and order as the input. */
  List<SentimentScore> scoreAll(List<String> texts);

  /** Scores one text. */
  default SentimentScore score(String text) {
    return scoreAll(List.of(text)).getFirst();
  }

  /**
   * Names the words or phrases of {@code text} that pushed its score most, strongest first, at most
   * {@code limit} of them. Scorers that cannot explain return an empty list.
   */
  default List<Attribution> explain(String text, int limit) {
    return List.of();
  }

  /** Version of the model behind this scorer, as stored with every score. */
  String version();

  /** Releases native resources; does not throw checked exceptions. */
  @Override
  void close();
}
