package io.pulse.insight;

import io.pulse.core.Attribution;
import java.util.List;

/**
 * Why a message got its score.
 *
 * @param language the language it was routed by
 * @param unscoredReason why it is not scored (and so not explained), null otherwise
 * @param source version of the scorer that explained it (the model, or {@code lexicon-1})
 * @param attributions the words or phrases that pushed the score most, strongest first
 */
public record Explanation(
    String language, String unscoredReason, String source, List<Attribution> attributions) {

  public Explanation {
    attributions = List.copyOf(attributions);
  }
}
