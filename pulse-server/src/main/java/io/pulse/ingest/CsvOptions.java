package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;

/**
 * How a CSV file is written: its delimiter, the separator of tags within a cell, and how its
 * timestamps read ({@code dateFormat}, a {@link DateTimeFormatter} pattern such as {@code
 * yyyy-MM-dd HH:mm}, and {@code zone}, the time zone of timestamps without an offset). Without them
 * a timestamp must be ISO-8601 with an offset.
 *
 * @param delimiter field delimiter (default {@code ,})
 * @param tagSeparator separator of tags in the tags cell (default {@code ;})
 * @param dateFormat pattern of the timestamp cells, or null for ISO-8601
 * @param dateFormatText the pattern as given, for messages
 * @param zone zone of timestamps without an offset, or null
 */
record CsvOptions(
    char delimiter,
    String tagSeparator,
    DateTimeFormatter dateFormat,
    String dateFormatText,
    ZoneId zone) {

  static final CsvOptions DEFAULTS = new CsvOptions(',', ";", null, null, null);

  /** Reads {@code delimiter}, {@code tagSeparator}, {@code dateFormat} and {@code zone}. */
  static CsvOptions fromParameters(Map<String, String> parameters) {
    String delimiter = parameters.get("delimiter");
    char separator = ',';
    if (delimiter != null) {
      String value =
          "tab".equalsIgnoreCase(delimiter) || "\\t".equals(delimiter) ? "\t" : delimiter;
      if (value.length() != 1
          || value.charAt(0) == '"'
          || value.charAt(0) == '\n'
          || value.charAt(0) == '\r') {
        throw ApiProblem.invalidField(
            "delimiter",
            delimiter,
            "delimiter must be one character (e.g. ; or tab), not a quote or line break; found '"
                + delimiter
                + "'");
      }
      separator = value.charAt(0);
    }
    String tags = parameters.getOrDefault("tagSeparator", ";");
    if (tags.isEmpty() || tags.length() > 5) {
      throw ApiProblem.invalidField(
          "tagSeparator", tags, "tagSeparator must be 1 to 5 characters; found '" + tags + "'");
    }
    DateTimeFormatter format = null;
    String pattern = parameters.get("dateFormat");
    if (pattern != null) {
      try {
        format = DateTimeFormatter.ofPattern(pattern.strip());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.invalidField(
            "dateFormat",
            pattern,
            "dateFormat must be a date-time pattern such as 'yyyy-MM-dd HH:mm' or 'dd.MM.yyyy';"
                + " found '"
                + pattern
                + "' ("
                + e.getMessage()
                + ")");
      }
    }
    ZoneId zone = null;
    String zoneText = parameters.get("zone");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText.strip());
      } catch (DateTimeException e) {
        throw ApiProblem.invalidField(
            "zone",
            zoneText,
            "zone must be a time zone such as Europe/Oslo, UTC or +01:00; found '"
                + zoneText
                + "'");
      }
    }
    return new CsvOptions(separator, tags, format, pattern, zone);
  }

  /**
   * A timestamp cell as ISO-8601 with offset.
   *
   * @throws ApiProblem naming the field, the value and the expected format
   */
  String timestamp(String cell) {
    if (dateFormat == null && zone == null) {
      return cell;
    }
    try {
      if (dateFormat == null) {
        try {
          return OffsetDateTime.parse(cell.strip()).toString();
        } catch (DateTimeParseException e) {
          return LocalDateTime.parse(cell.strip().replace(' ', 'T'))
              .atZone(zone)
              .toOffsetDateTime()
              .toString();
        }
      }
      TemporalAccessor parsed = dateFormat.parse(cell.strip());
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.from(parsed).toString();
      }
      if (zone == null) {
        throw ApiProblem.invalidField(
            "timestamp",
            cell,
            "timestamp '"
                + cell
                + "' has no offset: give zone (e.g. zone=Europe/Oslo) for the file's timestamps");
      }
      if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
        return LocalDateTime.from(parsed).atZone(zone).toOffsetDateTime().toString();
      }
      return LocalDate.from(parsed).atStartOfDay(zone).toOffsetDateTime().toString();
    } catch (DateTimeException e) {
      throw ApiProblem.invalidField(
          "timestamp",
          cell,
          "timestamp '"
              + cell
              + "' does not match "
              + (dateFormat == null
                  ? "ISO-8601 (with zone " + zone + " for local times)"
                  : "dateFormat '" + dateFormatText + "'"));
    }
  }
}
