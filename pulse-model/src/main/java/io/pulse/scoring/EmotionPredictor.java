package io.pulse.scoring;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EmotionScorer} backed by an emotion {@link SentimentModel}: the dominant emotion is the
 * most probable class, {@link Emotion#NONE} included.
 */
final class EmotionPredictor implements EmotionScorer {
  private final SentimentModel model;

  EmotionPredictor(SentimentModel model) {
    this.model = model;
  }

  @Override
  public List<EmotionScores> scoreAll(List<String> texts) {
    float[][] probabilities = model.probabilities(texts);
    Emotion[] emotions = Emotion.values();
    List<EmotionScores> scores = new ArrayList<>(probabilities.length);
    for (float[] p : probabilities) {
      Map<Emotion, Double> byEmotion = new EnumMap<>(Emotion.class);
      for (int i = 0; i < emotions.length; i++) {
        byEmotion.put(emotions[i], (double) p[i]);
      }
      scores.add(new EmotionScores(emotions[ClassEvaluator.argmax(p)], byEmotion, version()));
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
