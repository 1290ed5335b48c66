package io.pulse.server;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Parses and checks values sent by clients (query parameters, path variables, body fields), turning
 * bad ones into problem JSON that names the field. Every instant and date the API accepts goes
 * through here, so none reaches the database outside the range it stores faithfully.
 */
public final class RequestValues {

  /**
   * Earliest instant a parameter may name (years 1 to 9999 are stored alike by H2 and PostgreSQL).
   */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** Latest instant a parameter may name. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private static final int ECHO_CHARS = 100;

  private RequestValues() {}

  /**
   * An ISO-8601 date-time with offset ({@code 2025-03-01T00:00:00Z}) within years 1 to 9999; {@code
   * null} when blank.
   *
   * @throws ApiProblem 400 naming {@code name} and the value when it does not parse or is out of
   *     range
   */
  public static Instant instant(String name, String value) {
    return instant(name, value, EARLIEST, LATEST);
  }

  /**
   * An ISO-8601 date-time with offset within {@code [earliest, latest]}; {@code null} when blank.
   *
   * @throws ApiProblem 400 naming {@code name} and the value when it does not parse or is out of
   *     range
   */
  public static Instant instant(String name, String value, Instant earliest, Instant latest) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Instant parsed;
    try {
      parsed = OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeException e) {
      throw ApiProblem.invalidField(
          name,
          echo(value),
          name
              + " must be ISO-8601 with an offset, e.g. 2025-03-01T00:00:00Z; found '"
              + echo(value)
              + "'");
    }
    if (parsed.isBefore(earliest) || parsed.isAfter(latest)) {
      throw ApiProblem.invalidField(
              name,
              echo(value),
              name
                  + " must be from "
                  + earliest
                  + " to "
                  + latest
                  + "; found '"
                  + echo(value)
                  + "'")
          .with("earliest", earliest.toString())
          .with("latest", latest.toString());
    }
    return parsed;
  }

  /**
   * An ISO-8601 date ({@code 2011-12-10}) within years 1 to 9999; {@code null} when blank.
   *
   * @throws ApiProblem 400 naming {@code name} and the value when it does not parse or is out of
   *     range
   */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.getYear() >= 1 && date.getYear() <= 9999) {
        return date;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    throw ApiProblem.invalidField(
        name,
        echo(value),
        name + " must be a date from 0001-01-01 to 9999-12-31; found '" + echo(value) + "'");
  }

  /**
   * Rejects text that no database stores faithfully: NUL characters and unpaired UTF-16 surrogates
   * (PostgreSQL refuses the first, encoders replace the second). The value is not echoed.
   *
   * @throws ApiProblem 400 naming {@code name} and the position of the first such character
   */
  public static void checkText(String name, String value) {
    int position = invalidCharacter(value);
    if (position >= 0) {
      throw ApiProblem.invalidField(
              name,
              null,
              name + " contains a NUL character or an unpaired surrogate at position " + position)
          .with("position", position);
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
    } catch (DateTimeException e) {
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

  /**
   * Checks a page number (0 or more) and a page size (1 to {@code maxSize}).
   *
   * @throws ApiProblem 400 naming {@code page} or {@code size} and the value when out of range
   */
  public static void checkPage(int page, int size, int maxSize) {
    if (page < 0) {
      throw ApiProblem.invalidField("page", page, "page must be 0 or more; found " + page);
    }
    if (size < 1 || size > maxSize) {
      throw ApiProblem.invalidField(
          "size", size, "size must be 1 to " + maxSize + "; found " + size);
    }
  }

  /** Index of the first NUL or unpaired surrogate in {@code value}, or -1 (also for null). */
  public static int invalidCharacter(String value) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The value shortened for echoing in a problem. */
  static String echo(String value) {
    return value.length() <= ECHO_CHARS ? value : value.substring(0, ECHO_CHARS) + "...";
  }
}
