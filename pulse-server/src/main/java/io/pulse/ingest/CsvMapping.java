package io.pulse.ingest;

import io.pulse.core.Channel;
import io.pulse.server.ApiProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which CSV column holds which interaction field (request parameters named after the fields, e.g.
 * {@code text=body&timestamp=created_at}); {@code defaultChannel} applies when no column is mapped
 * to {@code channel}. How the file is written (delimiter, tag separator, date format and zone) is
 * in {@link CsvOptions}.
 *
 * @param columns CSV column name per field
 * @param defaultChannel channel for every row when none is mapped, or null
 * @param options delimiter, tag separator, date format and zone
 */
record CsvMapping(Map<String, String> columns, Channel defaultChannel, CsvOptions options) {

  /** A mapping of a comma-separated file with ISO-8601 timestamps and tags separated by ;. */
  CsvMapping(Map<String, String> columns, Channel defaultChannel) {
    this(columns, defaultChannel, CsvOptions.DEFAULTS);
  }

  static final List<String> REQUIRED = List.of("externalId", "timestamp", "customer", "text");

  CsvMapping {
    columns = Map.copyOf(columns);
  }

  /** Builds a mapping from request parameters; only known field names are taken. */
  static CsvMapping fromParameters(Map<String, String> parameters) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String field : InteractionReader.FIELDS) {
      String column = parameters.get(field);
      if (column != null && !column.isBlank()) {
        columns.put(field, column.strip());
      }
    }
    for (String field : REQUIRED) {
      if (!columns.containsKey(field)) {
        throw ApiProblem.invalidField(
            field,
            null,
            "mapping parameter "
                + field
                + " is required: name the CSV column that holds the "
                + field);
      }
    }
    Channel channel = null;
    String fallback = parameters.get("defaultChannel");
    if (fallback != null) {
      try {
        channel = Channel.parse(fallback);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.invalidField(
            "defaultChannel",
            fallback,
            "defaultChannel must be one of email|ticket|chat|call|social|review|survey|note;"
                + " found '"
                + fallback
                + "'");
      }
    }
    if (channel == null && !columns.containsKey("channel")) {
      throw ApiProblem.invalidField(
          "channel", null, "map a CSV column to channel or give defaultChannel");
    }
    return new CsvMapping(columns, channel, CsvOptions.fromParameters(parameters));
  }
}
