package io.pulse.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Settings of the analysis every score goes through ({@code pulse.insight.*}, docs/insight.md);
 * each default is written here only.
 *
 * @param norwegianModel {@code bundled}, {@code none} (lexicon fallback, flagged) or a directory
 * @param emotionModel {@code bundled}, {@code none} (no emotions) or a directory
 * @param taxonomyFile aspect taxonomy file, or blank for the bundled one
 * @param mixedThreshold a message is mixed when one clause scores >= +t and another <= -t
 * @param language language detection
 */
@ConfigurationProperties("pulse.insight")
record InsightProperties(
    @DefaultValue("bundled") String norwegianModel,
    @DefaultValue("bundled") String emotionModel,
    @DefaultValue("") String taxonomyFile,
    @DefaultValue("0.5") double mixedThreshold,
    @DefaultValue Language language) {

  /**
   * Language detection ({@code pulse.insight.language.*}).
   *
   * @param fallback language of texts with too little signal ({@code
   *     pulse.insight.language.default})
   * @param minLetters fewest letters a text needs for detection
   * @param minDistance smallest confidence margin between the two likeliest languages
   */
  record Language(
      @Name("default") @DefaultValue("en") String fallback,
      @DefaultValue("20") int minLetters,
      @DefaultValue("0.1") double minDistance) {}
}
