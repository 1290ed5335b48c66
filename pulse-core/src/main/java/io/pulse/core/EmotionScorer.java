package io.pulse.core;

import java.util.List;

/** Scores texts for emotions. Implementations are thread-safe. */
public interface EmotionScorer extends AutoCloseable {

  /** Scores every text; the result has the same size and order as the input. */
  List<EmotionScores> scoreAll(List<String> texts);

  /** Version of the model behind this scorer. */
  String version();

  /** Releases native resources; does not throw checked exceptions. */
  @Override
  void close();
}
