package io.pulse.language;

import io.pulse.text.Language;
import java.util.Optional;

/**
 * The language of one text.
 *
 * @param code ISO 639-1 code ({@code en}, {@code no} for Bokmål and Nynorsk, {@code de} ...), or
 *     {@value LanguageDetection#UNKNOWN} when nothing fits
 * @param source how the code was found
 */
public record DetectedLanguage(String code, Source source) {

  /** How a language was found. */
  public enum Source {
    /** Detected from the text. */
    DETECTED,
    /** Too little signal in the text: the language the request declared. */
    DECLARED,
    /** Too little signal and nothing (usable) declared: the configured default language. */
    DEFAULT,
    /** Chosen by the operator ({@code pulse score --language no}); nothing was detected. */
    FORCED
  }

  /** The pipeline language for this code, when Pulse has a model for it. */
  public Optional<Language> supported() {
    return switch (code) {
      case "en" -> Optional.of(Language.ENGLISH);
      case "no" -> Optional.of(Language.NORWEGIAN);
      default -> Optional.empty();
    };
  }
}
