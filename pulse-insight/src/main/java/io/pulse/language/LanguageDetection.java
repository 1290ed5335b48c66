package io.pulse.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Detects the language of texts. Thread-safe; build one and share it (Lingua's n-gram models are
 * loaded on first use and kept for the life of the JVM).
 *
 * <p>The rule: a text with at least {@code minLetters} letters (after dropping redaction
 * placeholders such as {@code [EMAIL]}, URLs, mentions and hashtags) is detected by Lingua among
 * {@link #LANGUAGES}; Bokmål and Nynorsk both count as {@code no}. When the two most likely
 * languages are closer than {@code minDistance} (e.g. Danish against Bokmål), a declared language
 * among the two wins; without one, a supported language among the two wins over an unsupported one
 * (a short Norwegian complaint that Lingua finds slightly more Danish is scored as Norwegian);
 * otherwise the most likely one is kept. Only a text with too little signal (fewer letters) takes
 * the declared language of the request, or the default language when none was declared. A declared
 * language is never trusted over a clear detection: a German message declared as {@code en} is
 * German. A shorter text that declares nothing keeps the default language unless Lingua finds a
 * supported language far likelier than the default ("Takk for rask hjelp!" is Norwegian). Before
 * Lingua, a text with three or more English function words and none that is distinctive for another
 * of the languages is taken as English at once (speed).
 */
public final class LanguageDetection {

  /** Code of a language that could not be told. */
  public static final String UNKNOWN = "und";

  /**
   * Languages Lingua chooses among: the supported ones plus their neighbours and the languages
   * Nordic customer messages most often come in, so that they are recognised as unsupported instead
   * of being scored by the wrong model.
   */
  public static final List<Language> LANGUAGES =
      List.of(
          Language.ENGLISH,
          Language.BOKMAL,
          Language.NYNORSK,
          Language.DANISH,
          Language.SWEDISH,
          Language.GERMAN,
          Language.DUTCH,
          Language.FRENCH,
          Language.SPANISH,
          Language.PORTUGUESE,
          Language.ITALIAN,
          Language.FINNISH,
          Language.POLISH);

  /** Letters a short text needs before Lingua is asked at all. */
  static final int MIN_SHORT_LETTERS = 10;

  /** How much likelier than the default language a short text's language must be. */
  static final double SHORT_MARGIN = 0.25;

  private static final Pattern NOISE =
      Pattern.compile("\\[[A-Z_]+]|https?://\\S+|www\\.\\S+|[@#][\\p{L}\\p{N}_]+");

  private final LanguageDetector detector;
  private final int minLetters;
  private final double minDistance;
  private final String defaultCode;

  /**
   * @param minLetters letters a text needs before it is detected rather than declared (e.g. 20)
   * @param minDistance confidence gap below which a declared language among the two best wins
   * @param defaultLanguage ISO code used when a short text declares nothing usable (e.g. {@code
   *     en})
   * @throws IllegalArgumentException naming the setting when a value is out of range
   */
  public LanguageDetection(int minLetters, double minDistance, String defaultLanguage) {
    if (minLetters < 1) {
      throw new IllegalArgumentException(
          "pulse.insight.language.min-letters must be 1 or more; found " + minLetters);
    }
    if (!(minDistance >= 0 && minDistance < 1)) {
      throw new IllegalArgumentException(
          "pulse.insight.language.min-distance must be in [0, 1); found " + minDistance);
    }
    this.defaultCode = normalise(defaultLanguage);
    if (defaultCode == null) {
      throw new IllegalArgumentException(
          "pulse.insight.language.default must be an ISO 639-1 code such as en; found '"
              + defaultLanguage
              + "'");
    }
    this.minLetters = minLetters;
    this.minDistance = minDistance;
    this.detector =
        LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
            .withPreloadedLanguageModels()
            .build();
  }

  /** The defaults: 20 letters, distance 0.1, English. */
  public static LanguageDetection withDefaults() {
    return new LanguageDetection(20, 0.1, "en");
  }

  /**
   * Detects the language of one text.
   *
   * @param declared the language the sender declared (BCP 47 such as {@code nb-NO}), or null
   */
  public DetectedLanguage detect(String text, String declared) {
    String declaredCode = normalise(declared);
    String signal = NOISE.matcher(text == null ? "" : text).replaceAll(" ");
    int letters = letters(signal);
    if (letters < minLetters) {
      if (declaredCode != null) {
        return new DetectedLanguage(declaredCode, DetectedLanguage.Source.DECLARED);
      }
      String clear = letters >= MIN_SHORT_LETTERS ? clearShortText(signal) : null;
      return clear != null
          ? new DetectedLanguage(clear, DetectedLanguage.Source.DETECTED)
          : new DetectedLanguage(defaultCode, DetectedLanguage.Source.DEFAULT);
    }
    if (EnglishShortcut.isPlainlyEnglish(signal)) {
      return new DetectedLanguage("en", DetectedLanguage.Source.DETECTED);
    }
    Map<String, Double> confidence = new HashMap<>();
    detector
        .computeLanguageConfidenceValues(signal)
        .forEach((language, value) -> confidence.merge(code(language), value, Math::max));
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(confidence.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    if (ranked.isEmpty() || ranked.getFirst().getValue() <= 0) {
      return new DetectedLanguage(UNKNOWN, DetectedLanguage.Source.DETECTED);
    }
    String best = ranked.getFirst().getKey();
    if (ranked.size() > 1 && declaredCode != null && !declaredCode.equals(best)) {
      Map.Entry<String, Double> second = ranked.get(1);
      if (second.getKey().equals(declaredCode)
          && ranked.getFirst().getValue() - second.getValue() < minDistance) {
        return new DetectedLanguage(declaredCode, DetectedLanguage.Source.DECLARED);
      }
    }
    if (ranked.size() > 1 && !supported(best)) {
      // A near tie between a language without a model and one with a model (Danish against
      // Bokmål in a short complaint) is scored rather than left unscored.
      Map.Entry<String, Double> second = ranked.get(1);
      if (supported(second.getKey())
          && ranked.getFirst().getValue() - second.getValue() < minDistance) {
        return new DetectedLanguage(second.getKey(), DetectedLanguage.Source.DETECTED);
      }
    }
    return new DetectedLanguage(best, DetectedLanguage.Source.DETECTED);
  }

  /**
   * A short text that declares nothing leaves the default language only for a supported language
   * that Lingua finds far likelier ({@value #SHORT_MARGIN}) than the default: "Takk for rask
   * hjelp!" (16 letters) is Norwegian 1.0 against English 0.68. Null when that is not the case.
   */
  private String clearShortText(String signal) {
    if (EnglishShortcut.isPlainlyEnglish(signal)) {
      return null;
    }
    Map<String, Double> confidence = new HashMap<>();
    detector
        .computeLanguageConfidenceValues(signal)
        .forEach((language, value) -> confidence.merge(code(language), value, Math::max));
    String best = null;
    for (Map.Entry<String, Double> entry : confidence.entrySet()) {
      if (best == null || entry.getValue() > confidence.get(best)) {
        best = entry.getKey();
      }
    }
    if (best == null || best.equals(defaultCode) || !supported(best)) {
      return null;
    }
    double margin = confidence.get(best) - confidence.getOrDefault(defaultCode, 0.0);
    return margin >= SHORT_MARGIN ? best : null;
  }

  private static boolean supported(String code) {
    return new DetectedLanguage(code, DetectedLanguage.Source.DETECTED).supported().isPresent();
  }

  /**
   * Detects every text; the result has the same size and order. Sequential: Lingua parallelises
   * inside, and a parallel stream on top measured three to six times slower.
   *
   * @param declared the declared language per text (entries may be null); same size as texts
   */
  public List<DetectedLanguage> detectAll(List<String> texts, List<String> declared) {
    if (texts.size() != declared.size()) {
      throw new IllegalArgumentException(
          "texts and declared languages differ in size: " + texts.size() + " / " + declared.size());
    }
    DetectedLanguage[] out = new DetectedLanguage[texts.size()];
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, texts.size());
    range.forEach(i -> out[i] = detect(texts.get(i), declared.get(i)));
    return List.of(out);
  }

  private static String code(Language language) {
    return switch (language) {
      case BOKMAL, NYNORSK -> "no";
      case UNKNOWN -> UNKNOWN;
      default -> language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    };
  }

  /** ISO 639-1 code of a BCP 47 tag ({@code nb-NO} is {@code no}); null when blank or odd. */
  static String normalise(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return switch (primary) {
      case "nb", "nn", "no", "nor", "nob", "nno" -> "no";
      case "eng" -> "en";
      default -> primary.matches("[a-z]{2}") ? primary : null;
    };
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
