package io.pulse.analytics;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Maps R x F score pairs to a segment: {@code pattern} is a regular expression matched against the
 * two digits "RF" (e.g. {@code 5[4-5]} matches R=5, F=4 or 5).
 *
 * @param pattern regular expression over the two-digit R+F score string (whole match)
 * @param segment segment name
 */
public record SegmentRule(String pattern, String segment) {

  /**
   * Checks the rule.
   *
   * @throws IllegalArgumentException when the pattern is not a valid regular expression or the
   *     segment name is blank
   */
  public SegmentRule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(segment, "segment");
    if (segment.isBlank()) {
      throw new IllegalArgumentException(
          "segment name must not be blank (pattern " + pattern + ")");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "segment pattern must be a regular expression, found '" + pattern + "'", e);
    }
  }

  /** Whether R score {@code recency} and F score {@code frequency} fall under this rule. */
  public boolean matches(int recency, int frequency) {
    return Pattern.matches(pattern, recency + "" + frequency);
  }
}
