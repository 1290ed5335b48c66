package io.pulse.privacy;

import java.util.List;

/** Finds one kind of personal data in a text. Implementations are stateless and thread-safe. */
interface PiiDetector {

  /**
   * Adds every finding in {@code text} to {@code findings}. Findings may overlap each other and
   * those of other detectors; {@link Redactor} resolves overlaps.
   */
  void detect(String text, List<Finding> findings);

  /**
   * Cheap pre-check: false only when {@link #detect} would certainly find nothing in the text that
   * {@code facts} describe, so {@link Redactor} can skip it. It may say true too often, never false
   * wrongly.
   */
  default boolean mayFind(TextFacts facts) {
    return true;
  }
}
