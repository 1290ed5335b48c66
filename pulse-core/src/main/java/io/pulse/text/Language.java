package io.pulse.text;

import java.util.Locale;

/** Languages the text pipeline knows stop words, stemmers and negation words for. */
public enum Language {
  ENGLISH,
  NORWEGIAN;

  /**
   * Parses a language name or ISO code ({@code en}, {@code english}, {@code no}, {@code nb}).
   *
   * @throws IllegalArgumentException naming the value when it is unknown
   */
  public static Language parse(String value) {
    String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "en", "eng", "english" -> ENGLISH;
      case "no", "nb", "nn", "nor", "norwegian" -> NORWEGIAN;
      default ->
          throw new IllegalArgumentException(
              "language must be one of english|norwegian, found '" + value + "'");
    };
  }
}
