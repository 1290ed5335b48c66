package io.pulse.server;

import java.util.List;

/**
 * Values that break careless code: NUL, unpaired surrogates, numbers beyond every type, extreme and
 * impossible dates, markup, injection attempts, long and empty text. Each is sent in place of one
 * parameter or field at a time.
 */
final class HostileValues {

  /**
   * As text (query parameters, path variables, JSON strings, CSV cells); the first three always.
   */
  static final List<String> TEXTS =
      List.of(
          "a\u0000b",
          "x\udc00y",
          "",
          "\u0000",
          "\ud800",
          " ",
          "-1",
          "0",
          "-2147483649",
          "2147483648",
          "99999999999999999999999",
          "1e309",
          "NaN",
          "-Infinity",
          "+99999-01-01T00:00:00Z",
          "-4714-01-01T00:00:00Z",
          "0000-01-01T00:00:00Z",
          "+999999999-12-31T23:59:59-18:00",
          "2025-02-30T00:00:00Z",
          "99999-12-31",
          "'; DROP TABLE interactions; --",
          "<script>alert(1)</script>",
          "../../etc/passwd",
          "\uD83D\uDE00 \t\n",
          "x".repeat(5000));

  /** As raw JSON values in place of a field's (wrong types, out-of-range numbers). */
  static final List<String> JSON_VALUES =
      List.of("12345678901234567890123", "-1e400", "true", "[]", "{}", "null", "[\"\\u0000\"]");

  private HostileValues() {}

  /** A JSON string literal of {@code text}, escaping what JSON requires and every surrogate. */
  static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A CSV field holding {@code text}, quoted. */
  static String csvField(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
