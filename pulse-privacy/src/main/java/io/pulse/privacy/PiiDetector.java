package io.pulse.privacy;

import java.util.List;

/** Finds one kind of personal data in a text. Implementations are stateless and thread-safe. */
interface PiiDetector {

  /**
   * Adds every finding in {@code text} to {@code findings}. Findings may overlap each other and
   * those of other detectors; {@link Redactor} resolves overlaps.
   */
  void detect(String text, List<Finding> findings);
}
