package io.pulse.privacy;

/**
 * Where a redaction placeholder stands in the redacted text; records the type, never the content.
 *
 * @param type kind of personal data that was removed
 * @param start start offset of the placeholder in the redacted text (inclusive)
 * @param end end offset of the placeholder in the redacted text (exclusive)
 */
public record RedactionSpan(PiiType type, int start, int end) {}
