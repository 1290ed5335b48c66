package io.pulse.retrain;

import io.pulse.core.SentimentLabel;
import java.util.Objects;

/**
 * A text with the label a person gave it (the gold label from then on).
 *
 * @param id stable identifier (e.g. the interaction id): decides the train / held-out split
 * @param label the corrected label
 * @param text the (redacted) text
 */
public record Correction(String id, SentimentLabel label, String text) {

  /** Checks that all parts are present. */
  public Correction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
