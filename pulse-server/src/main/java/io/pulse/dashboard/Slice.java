package io.pulse.dashboard;

import io.pulse.server.ApiProblem;
import java.util.Locale;

/** What the dashboard slices interactions by. Topics are the interactions' tags. */
enum Slice {
  CHANNEL("i.channel"),
  PRODUCT("i.product"),
  TOPIC("i.tags");

  private final String column;

  Slice(String column) {
    this.column = column;
  }

  /** The SQL column holding the slice value ({@code tags} is a JSON array of topics). */
  String column() {
    return column;
  }

  /** Parses {@code channel|product|topic}; a 400 problem naming {@code field} otherwise. */
  static Slice parse(String field, String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiProblem.invalidField(
          field, value, field + " must be one of channel|product|topic; found '" + value + "'");
    }
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
