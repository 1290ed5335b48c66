package io.pulse.cli;

import io.pulse.core.Attribution;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.language.LanguageRouter;
import io.pulse.scoring.Scoring;
import io.pulse.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The {@code --language} option of {@code pulse score}, {@code evaluate} and {@code demo}, and the
 * per-language models behind it: every text goes through Pulse's {@link LanguageRouter} (the one
 * the server uses) to the model of its language; a text in a language without a model is unscored.
 * With {@code -m DIR} the model's own language is forced (that model reads every text), unless
 * {@code --language} says otherwise. Models load on first use. Not thread-safe.
 */
final class RoutedScoring implements AutoCloseable {

  /** The picocli mixin. */
  static final class LanguageOption {
    @Option(
        names = "--language",
        paramLabel = "LANG",
        description = {
          "auto (detect each text's language; the default without -m), en or no (nb, nn):",
          "score every text with that language's model. With -m the model's language is used."
        })
    String language;
  }

  private final ModelOption model;
  private final LanguageRouter router;
  private final Map<Language, SentimentScorer> scorers = new EnumMap<>(Language.class);
  private final Map<Language, EmotionScorer> emotionScorers = new EnumMap<>(Language.class);

  RoutedScoring(ModelOption model, LanguageOption option) {
    this.model = model;
    String value = option == null ? null : option.language;
    if (model.directory != null) {
      Language own = model.language();
      if (value != null && !value.equalsIgnoreCase("auto")) {
        Language asked = LanguageRouter.parse(value).forcedLanguage();
        if (asked != own) {
          throw new IllegalArgumentException(
              "--language "
                  + value
                  + " does not match the model in "
                  + model.directory
                  + ", a "
                  + own.name().toLowerCase(java.util.Locale.ROOT)
                  + " model");
        }
      }
      this.router = LanguageRouter.forced(own);
    } else {
      this.router = LanguageRouter.parse(value);
    }
  }

  /** One text's route and score; the score is null when no model reads the language. */
  record Scored(LanguageRouter.Route route, SentimentScore score) {
    String language() {
      return route.language().code();
    }
  }

  /** Routes and scores every text (one model call per language); same size and order. */
  List<Scored> scoreAll(List<String> texts) {
    List<LanguageRouter.Route> routes = router.routeAll(texts);
    SentimentScore[] scores = new SentimentScore[texts.size()];
    for (Language language : Language.values()) {
      int[] members = members(routes, language);
      if (members.length > 0) {
        List<SentimentScore> out = scorer(language).scoreAll(select(texts, members));
        for (int k = 0; k < members.length; k++) {
          scores[members[k]] = out.get(k);
        }
      }
    }
    List<Scored> result = new ArrayList<>(texts.size());
    for (int i = 0; i < scores.length; i++) {
      result.add(new Scored(routes.get(i), scores[i]));
    }
    return result;
  }

  /** Emotion scores of the scored texts by their language's bundled emotion model; else null. */
  List<EmotionScores> emotions(List<String> texts, List<Scored> scored) {
    EmotionScores[] out = new EmotionScores[texts.size()];
    for (Language language : Language.values()) {
      int[] members =
          java.util.stream.IntStream.range(0, scored.size())
              .filter(i -> scored.get(i).route().model() == language)
              .toArray();
      if (members.length > 0) {
        EmotionScorer scorer =
            emotionScorers.computeIfAbsent(language, Scoring::loadBundledEmotions);
        List<EmotionScores> scores = scorer.scoreAll(select(texts, members));
        for (int k = 0; k < members.length; k++) {
          out[members[k]] = scores.get(k);
        }
      }
    }
    return Arrays.asList(out);
  }

  /** The strongest phrases of a scored text; empty for an unscored one. */
  List<Attribution> explain(String text, Scored scored, int limit) {
    return scored.route().scored()
        ? scorer(scored.route().model()).explain(text, limit)
        : List.of();
  }

  /** The versions of the models used so far, e.g. {@code en pulse-en-... , no pulse-no-...}. */
  String versions() {
    if (scorers.isEmpty()) {
      return "(none: no text in a supported language)";
    }
    return scorers.entrySet().stream()
        .map(e -> code(e.getKey()) + " " + e.getValue().version())
        .collect(Collectors.joining(", "));
  }

  private SentimentScorer scorer(Language language) {
    return scorers.computeIfAbsent(
        language, l -> model.directory != null ? model.load() : Scoring.loadBundled(l));
  }

  private static int[] members(List<LanguageRouter.Route> routes, Language language) {
    return java.util.stream.IntStream.range(0, routes.size())
        .filter(i -> routes.get(i).model() == language)
        .toArray();
  }

  private static List<String> select(List<String> texts, int[] members) {
    List<String> out = new ArrayList<>(members.length);
    for (int i : members) {
      out.add(texts.get(i));
    }
    return out;
  }

  private static String code(Language language) {
    return language == Language.ENGLISH ? "en" : "no";
  }

  @Override
  public void close() {
    scorers.values().forEach(SentimentScorer::close);
    emotionScorers.values().forEach(EmotionScorer::close);
  }
}
