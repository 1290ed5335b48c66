package io.pulse.server;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses query parameter values, turning bad ones into problem JSON that names the parameter. */
public final class RequestValues {
  private RequestValues() {}

  /**
   * An ISO-8601 date-time with offset ({@code 2025-03-01T00:00:00Z}); {@code null} when blank.
   *
   * @throws ApiProblem 400 naming {@code name} and the value when it does not parse
   */
  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidField(
          name,
          value,
          name
              + " must be ISO-8601 with an offset, e.g. 2025-03-01T00:00:00Z; found '"
              + value
              + "'");
    }
  }

  /**
   * An ISO-8601 duration from zero to {@code max} ({@code PT2S}); {@code Duration.ZERO} when blank.
   *
   * @throws ApiProblem 400 naming {@code name} and the value when it does not parse or is out of
   *     range
   */
  public static Duration duration(String name, String value, Duration max) {
    if (value == null || value.isBlank()) {
      return Duration.ZERO;
    }
    Duration parsed;
    try {
      parsed = Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      parsed = null;
    }
    if (parsed == null || parsed.isNegative() || parsed.compareTo(max) > 0) {
      throw ApiProblem.invalidField(
          name,
          value,
          name
              + " must be an ISO-8601 duration from PT0S to "
              + max
              + ", e.g. PT2S; found '"
              + value
              + "'");
    }
    return parsed;
  }
}
