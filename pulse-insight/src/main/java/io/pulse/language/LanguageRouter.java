package io.pulse.language;

import io.pulse.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides which sentiment model reads a text: the one language router of Pulse, used by the server
 * (through {@code MessageAnalyzer}) and by {@code pulse score}, {@code evaluate} and {@code demo}.
 * Thread-safe.
 *
 * <p>Automatic routing detects the language ({@link LanguageDetection}) and picks the model of a
 * supported language; any other language (Danish, German ...) gets no model and is reported
 * unscored with {@link #UNSUPPORTED_LANGUAGE}. A forced language skips detection: every text goes
 * to that language's model (source {@link DetectedLanguage.Source#FORCED}).
 */
public final class LanguageRouter {

  /** Why a text gets no model. */
  public static final String UNSUPPORTED_LANGUAGE = "unsupported language";

  private final LanguageDetection detection;
  private final Language forced;

  private LanguageRouter(LanguageDetection detection, Language forced) {
    this.detection = detection;
    this.forced = forced;
  }

  /** Routes by the detected language. */
  public static LanguageRouter automatic(LanguageDetection detection) {
    return new LanguageRouter(Objects.requireNonNull(detection, "detection"), null);
  }

  /** Sends every text to the model of {@code language}, without detection. */
  public static LanguageRouter forced(Language language) {
    return new LanguageRouter(null, Objects.requireNonNull(language, "language"));
  }

  /**
   * Parses a CLI or configuration value: {@code auto} (or blank) routes by detection, a language
   * name or code ({@code en}, {@code no}, {@code nb}, {@code nn}, {@code norwegian} ...) forces it.
   *
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static LanguageRouter parse(String value) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
      return automatic(LanguageDetection.withDefaults());
    }
    try {
      return forced(Language.parse(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "language must be auto, en or no (nb, nn), found '" + value + "'", e);
    }
  }

  /** The forced language, or null when routing by detection. */
  public Language forcedLanguage() {
    return forced;
  }

  /**
   * Where one text goes.
   *
   * @param language the detected (or forced, declared, default) language
   * @param model the language whose model scores the text, or null when none does
   */
  public record Route(DetectedLanguage language, Language model) {

    /** True when a model scores the text. */
    public boolean scored() {
      return model != null;
    }

    /** Why the text is not scored, or null when it is. */
    public String unscoredReason() {
      return model == null ? UNSUPPORTED_LANGUAGE : null;
    }
  }

  /**
   * Routes one text.
   *
   * @param declared the language the sender declared (BCP 47), or null
   */
  public Route route(String text, String declared) {
    return routeAll(
            List.of(text == null ? "" : text), java.util.Collections.singletonList(declared))
        .getFirst();
  }

  /** Routes every text (declared languages may be null entries); same size and order. */
  public List<Route> routeAll(List<String> texts, List<String> declared) {
    if (forced != null) {
      DetectedLanguage language =
          new DetectedLanguage(code(forced), DetectedLanguage.Source.FORCED);
      return java.util.Collections.nCopies(texts.size(), new Route(language, forced));
    }
    List<DetectedLanguage> detected = detection.detectAll(texts, declared);
    List<Route> routes = new ArrayList<>(detected.size());
    for (DetectedLanguage language : detected) {
      routes.add(new Route(language, language.supported().orElse(null)));
    }
    return routes;
  }

  /** Routes texts that declare nothing. */
  public List<Route> routeAll(List<String> texts) {
    return routeAll(texts, java.util.Collections.nCopies(texts.size(), null));
  }

  private static String code(Language language) {
    return switch (language) {
      case ENGLISH -> "en";
      case NORWEGIAN -> "no";
    };
  }
}
