package io.pulse.scoring;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.ArrayList;
import java.util.List;

/** {@link SentimentScorer} backed by a sentiment {@link SentimentModel}. */
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

  /**
   * Occlusion explanation: the text with each word and each pair of adjacent words left out (first
   * {@value Occlusion#MAX_WORDS} words) is scored in one batch; weight = score of the text minus
   * score without the phrase. Phrases under {@value Occlusion#MIN_WEIGHT} are left out, so the list
   * may be shorter than {@code limit}.
   */
  @Override
  public List<Attribution> explain(String text, int limit) {
    return Occlusion.explain(text, limit, model::probabilities);
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
