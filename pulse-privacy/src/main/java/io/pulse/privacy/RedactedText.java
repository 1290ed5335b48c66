package io.pulse.privacy;

import java.util.List;

/**
 * Text with personal data replaced by placeholders.
 *
 * @param text the redacted text, safe to store and log
 * @param spans the placeholders in order of position
 */
public record RedactedText(String text, List<RedactionSpan> spans) {
  public RedactedText {
    spans = List.copyOf(spans);
  }
}
