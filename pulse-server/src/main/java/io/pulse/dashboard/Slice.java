package io.pulse.dashboard;

import io.pulse.server.ApiProblem;
import java.util.Locale;

/**
 * What the dashboard slices interactions by. Topics are the interactions' tags; aspects are the
 * taxonomy aspects detected in the text ({@code interaction_aspects}), measured by the aspect's own
 * sentiment rather than the message's.
 */
enum Slice {
  CHANNEL("i.channel"),
  PRODUCT("i.product"),
  TOPIC("i.tags"),
  ASPECT("a.aspect");

  private final String column;

  Slice(String column) {
    this.column = column;
  }

  /**
   * The SQL column holding the slice value ({@code tags} is a JSON array of topics; {@code
   * a.aspect} needs the {@code interaction_aspects a} join).
   */
  String column() {
    return column;
  }

  /** Parses {@code channel|product|topic|aspect}; a 400 problem naming {@code field} otherwise. */
  static Slice parse(String field, String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiProblem.invalidField(
          field,
          value,
          field + " must be one of channel|product|topic|aspect; found '" + value + "'");
    }
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
