package io.pulse.analytics.api;

import io.pulse.analytics.ColumnMapping;
import io.pulse.analytics.ImportOptions;
import io.pulse.server.ApiProblem;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query parameters of the analytics endpoints: the column mapping and import switches of an upload
 * ({@value #NAMES_HELP}) and range checks, with errors that name the parameter and the value found.
 */
final class ImportParameters {

  static final String NAMES_HELP =
      "invoice, stockCode, quantity, invoiceDate, unitPrice, customerId, country = header names;"
          + " dateFormat; skipMalformed; excludeZeroPrice";
  static final String DATE_FORMAT = "dateFormat";
  static final String SKIP_MALFORMED = "skipMalformed";
  static final String EXCLUDE_ZERO_PRICE = "excludeZeroPrice";

  private static final Set<String> COLUMN_FIELDS = ColumnMapping.onlineRetail().asMap().keySet();

  private ImportParameters() {}

  /**
   * Import options of an upload from the request parameters. Stock code and country are not read:
   * no analysis here needs them.
   *
   * @param params all query (and form) parameters of the request
   * @param analysisNames the parameters of the analysis itself, also allowed
   * @throws ApiProblem naming the parameter when one is unknown or its value is invalid
   */
  static ImportOptions parse(Map<String, String> params, Set<String> analysisNames) {
    Set<String> allowed = new LinkedHashSet<>(COLUMN_FIELDS);
    allowed.addAll(Set.of(DATE_FORMAT, SKIP_MALFORMED, EXCLUDE_ZERO_PRICE));
    allowed.addAll(analysisNames);
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiProblem.invalidField(
            name,
            null,
            "unknown parameter '"
                + name
                + "'; allowed: "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    ColumnMapping mapping = ColumnMapping.onlineRetail();
    for (String field : COLUMN_FIELDS) {
      String column = params.get(field);
      if (column != null) {
        if (column.isBlank()) {
          throw ApiProblem.invalidField(field, column, field + " must name a header column");
        }
        mapping = mapping.with(field, column);
      }
    }
    String datePattern = params.getOrDefault(DATE_FORMAT, ImportOptions.DEFAULT_DATE_PATTERN);
    try {
      DateTimeFormatter.ofPattern(datePattern);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          DATE_FORMAT,
          datePattern,
          DATE_FORMAT
              + " must be a date pattern like yyyy-MM-dd HH:mm; found '"
              + datePattern
              + "'");
    }
    return new ImportOptions(
        mapping.keysOnly(),
        datePattern,
        flag(params, SKIP_MALFORMED),
        flag(params, EXCLUDE_ZERO_PRICE));
  }

  private static boolean flag(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "" -> true;
      case "false" -> false;
      default ->
          throw ApiProblem.invalidField(
              name, value, name + " must be true or false; found '" + value + "'");
    };
  }

  /** Checks that {@code value} is within [min, max]. */
  static void range(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw ApiProblem.invalidField(
          name,
          value,
          name + " must be " + text(min) + " to " + text(max) + "; found " + text(value));
    }
  }

  private static String text(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
