package io.pulse.scoring;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.ArrayList;
import java.util.List;

/** {@link SentimentScorer} backed by the accurate {@link EncoderModel}. */
final class EncoderPredictor implements SentimentScorer {
  private final EncoderModel model;

  EncoderPredictor(EncoderModel model) {
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

  /** Occlusion explanation, as for the fast model ({@link Occlusion}). */
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
