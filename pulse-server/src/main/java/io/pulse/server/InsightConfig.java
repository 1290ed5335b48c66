package io.pulse.server;

import io.pulse.aspects.Aspects;
import io.pulse.core.EmotionScorer;
import io.pulse.core.SentimentScorer;
import io.pulse.insight.MessageAnalyzer;
import io.pulse.insight.MessageAnalyzerBuilder;
import io.pulse.language.LanguageDetection;
import io.pulse.scoring.Scoring;
import io.pulse.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link MessageAnalyzer} used by ingest, re-scoring and explanations. It wraps the English
 * {@code sentimentScorer} bean (never closed here) and loads the Norwegian sentiment model and the
 * English and Norwegian emotion models itself, on first use; a missing model makes that language
 * fall back to the lexicon (flagged) or leaves emotions out. Settings ({@code pulse.insight.*}):
 * docs/insight.md.
 */
@Configuration(proxyBeanMethods = false)
class InsightConfig {

  @Bean
  Aspects aspectTaxonomy(InsightProperties settings) {
    String file = settings.taxonomyFile();
    return file.isBlank() ? Aspects.bundled() : Aspects.fromFile(Path.of(file));
  }

  @Bean(destroyMethod = "close")
  MessageAnalyzer messageAnalyzer(
      SentimentScorer sentimentScorer, Aspects aspects, InsightProperties settings) {
    InsightProperties.Language language = settings.language();
    MessageAnalyzerBuilder builder =
        MessageAnalyzer.builder()
            .english(sentimentScorer)
            .aspects(aspects)
            .languages(
                new LanguageDetection(
                    language.minLetters(), language.minDistance(), language.fallback()))
            .mixedThreshold(settings.mixedThreshold());
    String norwegianModel = settings.norwegianModel();
    String emotionModel = settings.emotionModel();
    Supplier<SentimentScorer> norwegian =
        loader(
            "pulse.insight.norwegian-model",
            norwegianModel,
            () -> Scoring.loadBundled(Language.NORWEGIAN),
            Scoring::load);
    if (norwegian != null) {
      builder.norwegianLoader(norwegian);
    }
    Supplier<EmotionScorer> emotions =
        loader(
            "pulse.insight.emotion-model",
            emotionModel,
            Scoring::loadBundledEmotions,
            Scoring::loadEmotions);
    if (emotions != null) {
      builder.emotionLoader(emotions);
      // A directory names an English emotion model; Norwegian keeps the bundled one.
      builder.norwegianEmotionLoader(() -> Scoring.loadBundledEmotions(Language.NORWEGIAN));
    }
    return builder.build();
  }

  /** {@code bundled}, {@code none} or a model directory; null for none. */
  private static <T> Supplier<T> loader(
      String setting,
      String value,
      Supplier<T> bundled,
      java.util.function.Function<Path, T> fromDirectory) {
    String v = value.strip();
    if (v.equals("none")) {
      return null;
    }
    if (v.isEmpty() || v.equals("bundled")) {
      return bundled;
    }
    Path directory = Path.of(v);
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          setting + " must be bundled, none or a model directory; found '" + value + "'");
    }
    return () -> fromDirectory.apply(directory);
  }
}
