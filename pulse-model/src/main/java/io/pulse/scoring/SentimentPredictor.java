package io.pulse.scoring;

import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.ArrayList;
import java.util.List;

/** {@link SentimentScorer} backed by a {@link SentimentModel}. */
final class SentimentPredictor implements SentimentScorer {
  private final SentimentModel model;

  SentimentPredictor(SentimentModel model) {
    this.model = model;
  }

  @Override
  public List<SentimentScore> scoreAll(List<String> texts) {
    float[][] probabilities = model.probabilities(texts);
    List<SentimentScore> scores = new ArrayList<>(probabilities.length);
    for (float[] p : probabilities) {
      scores.add(SentimentScore.fromProbabilities(p, version()));
    }
    return scores;
  }

  @Override
  public String version() {
    return model.manifest().modelVersion();
  }

  @Override
  public void close() {
    model.close();
  }
}
