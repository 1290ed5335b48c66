package io.pulse.insight;

import io.pulse.aspects.Aspects;
import io.pulse.core.EmotionScorer;
import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentScore;
import io.pulse.fallback.ResilientScorer;
import io.pulse.language.DetectedLanguage;
import io.pulse.language.LanguageDetection;
import io.pulse.language.LanguageRouter;
import io.pulse.text.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the insight feature: analyses batches of messages. Thread-safe.
 *
 * <p>Per batch: languages are detected, clauses split and matched against the aspect taxonomy (no
 * model; only messages with a contrastive word or with both positive and negative lexicon words are
 * split, the others count as one clause); then, per supported language, the full texts and the
 * clauses of every multi-clause message go to that language's scorer in <em>one</em> call (the
 * model, or the lexicon fallback for the whole batch when the model is missing or fails); English
 * and Norwegian messages get one call to their language's emotion model. Messages in other
 * languages are {@link Analysis.Status#UNSCORED unscored} with reason {@value
 * Analysis#UNSUPPORTED_LANGUAGE} and never reach a scorer.
 */
public final class MessageAnalyzer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MessageAnalyzer.class);

  private final LanguageRouter router;
  private final Aspects aspects;
  private final ClauseSplitter clauses;
  private final double mixedThreshold;
  private final Map<Language, ResilientScorer> scorers = new EnumMap<>(Language.class);
  private final Map<Language, Supplier<EmotionScorer>> emotions = new EnumMap<>(Language.class);
  private final List<AutoCloseable> owned = new ArrayList<>();

  MessageAnalyzer(MessageAnalyzerBuilder b) {
    this.router =
        b.forcedLanguage != null
            ? LanguageRouter.forced(b.forcedLanguage)
            : LanguageRouter.automatic(
                b.languages != null ? b.languages : LanguageDetection.withDefaults());
    this.aspects = b.aspects != null ? b.aspects : Aspects.bundled();
    this.clauses = new ClauseSplitter(b.maxClauses);
    this.mixedThreshold = b.mixedThreshold;
    scorers.put(Language.ENGLISH, new ResilientScorer(Language.ENGLISH, own(b.english, b)));
    scorers.put(Language.NORWEGIAN, new ResilientScorer(Language.NORWEGIAN, own(b.norwegian, b)));
    emotions.put(Language.ENGLISH, own(b.emotions, b));
    emotions.put(Language.NORWEGIAN, own(b.norwegianEmotions, b));
  }

  private <T extends AutoCloseable> Supplier<T> own(
      MessageAnalyzerBuilder.Source<T> source, MessageAnalyzerBuilder b) {
    if (source == null) {
      return () -> null;
    }
    if (source.shared() != null) {
      T shared = source.shared();
      return () -> shared;
    }
    LazyModel<T> lazy = new LazyModel<>(source.name(), source.loader(), b.retryAfter, b.clock);
    owned.add(lazy);
    return lazy;
  }

  /** A builder; only the English scorer is required. */
  public static MessageAnalyzerBuilder builder() {
    return new MessageAnalyzerBuilder();
  }

  /** Analyses one message (a batch of one). */
  public Analysis analyze(Message message) {
    return analyzeAll(List.of(message)).getFirst();
  }

  /** Analyses every message; the result has the same size and order. */
  public List<Analysis> analyzeAll(List<Message> messages) {
    List<LanguageRouter.Route> routes =
        router.routeAll(
            messages.stream().map(Message::text).toList(),
            messages.stream().map(Message::declaredLanguage).toList());
    Prepared[] prepared = new Prepared[messages.size()];
    IntStream range = IntStream.range(0, messages.size());
    (messages.size() >= 32 ? range.parallel() : range)
        .forEach(i -> prepared[i] = prepare(messages.get(i).text(), routes.get(i)));
    Analysis[] out = new Analysis[messages.size()];
    for (Language language : Language.values()) {
      scoreLanguage(language, messages, prepared, out);
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        DetectedLanguage detected = routes.get(i).language();
        out[i] =
            new Analysis(
                detected.code(),
                detected.source(),
                Analysis.Status.UNSCORED,
                Analysis.UNSUPPORTED_LANGUAGE,
                null,
                null,
                false,
                List.of(),
                List.of(),
                null);
      }
    }
    addEmotions(messages, prepared, out);
    return List.of(out);
  }

  private Prepared prepare(String text, LanguageRouter.Route routed) {
    DetectedLanguage language = routed.language();
    Language route = routed.model();
    if (route == null) {
      return new Prepared(language, null, List.of(), List.of());
    }
    // Clauses cost model calls: only messages that may be mixed get them (a contrastive word, or
    // positive and negative lexicon words); the others are one clause.
    List<String> parts =
        ClauseSplitter.hasContrast(text) || scorers.get(route).polarised(text)
            ? clauses.split(text)
            : List.of(text);
    if (parts.size() <= 1) {
      return new Prepared(language, route, List.of(text), List.of(aspects.match(text, route)));
    }
    return new Prepared(
        language, route, parts, parts.stream().map(c -> aspects.match(c, route)).toList());
  }

  private void scoreLanguage(
      Language language, List<Message> messages, Prepared[] prepared, Analysis[] out) {
    List<Integer> members = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < prepared.length; i++) {
      if (prepared[i].route() == language) {
        members.add(i);
        texts.add(messages.get(i).text());
      }
    }
    if (members.isEmpty()) {
      return;
    }
    int[] clauseStart = new int[members.size()];
    for (int m = 0; m < members.size(); m++) {
      Prepared p = prepared[members.get(m)];
      clauseStart[m] = p.clauses().size() > 1 ? texts.size() : -1;
      if (p.clauses().size() > 1) {
        texts.addAll(p.clauses());
      }
    }
    ResilientScorer.Batch batch = scorers.get(language).scoreAll(texts);
    Analysis.ScoredBy by = batch.fallback() ? Analysis.ScoredBy.FALLBACK : Analysis.ScoredBy.MODEL;
    for (int m = 0; m < members.size(); m++) {
      Prepared p = prepared[members.get(m)];
      SentimentScore whole = batch.scores().get(m);
      List<SentimentScore> clauseScores =
          clauseStart[m] < 0
              ? List.of(whole)
              : batch.scores().subList(clauseStart[m], clauseStart[m] + p.clauses().size());
      out[members.get(m)] = assemble(p, whole, clauseScores, by);
    }
  }

  private Analysis assemble(
      Prepared p, SentimentScore whole, List<SentimentScore> clauseScores, Analysis.ScoredBy by) {
    int best = 0;
    int worst = 0;
    for (int c = 1; c < clauseScores.size(); c++) {
      if (clauseScores.get(c).score() > clauseScores.get(best).score()) {
        best = c;
      }
      if (clauseScores.get(c).score() < clauseScores.get(worst).score()) {
        worst = c;
      }
    }
    boolean mixed =
        clauseScores.size() > 1
            && clauseScores.get(best).score() >= mixedThreshold
            && clauseScores.get(worst).score() <= -mixedThreshold;
    List<Analysis.Part> parts = new ArrayList<>();
    if (mixed) {
      for (int c : best < worst ? new int[] {best, worst} : new int[] {worst, best}) {
        SentimentScore s = clauseScores.get(c);
        parts.add(new Analysis.Part(p.clauses().get(c), s.score(), s.label()));
      }
    }
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (int c = 0; c < clauseScores.size(); c++) {
      for (String aspect : p.clauseAspects().get(c)) {
        double[] sum = sums.computeIfAbsent(aspect, k -> new double[2]);
        sum[0] += clauseScores.get(c).score();
        sum[1]++;
      }
    }
    List<Analysis.AspectScore> aspectScores = new ArrayList<>();
    for (var aspect : aspects.aspects()) {
      double[] sum = sums.get(aspect.id());
      if (sum != null) {
        aspectScores.add(new Analysis.AspectScore(aspect.id(), sum[0] / sum[1]));
      }
    }
    return new Analysis(
        p.language().code(),
        p.language().source(),
        Analysis.Status.SCORED,
        null,
        whole,
        by,
        mixed,
        parts,
        aspectScores,
        null);
  }

  private void addEmotions(List<Message> messages, Prepared[] prepared, Analysis[] out) {
    for (Language language : Language.values()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < out.length; i++) {
        if (out[i].status() == Analysis.Status.SCORED && prepared[i].route() == language) {
          members.add(i);
        }
      }
      if (!members.isEmpty()) {
        addEmotions(language, messages, members, out);
      }
    }
  }

  private void addEmotions(
      Language language, List<Message> messages, List<Integer> members, Analysis[] out) {
    List<EmotionScores> scores;
    try {
      EmotionScorer scorer = emotions.get(language).get();
      if (scorer == null) {
        return;
      }
      scores = scorer.scoreAll(members.stream().map(i -> messages.get(i).text()).toList());
    } catch (RuntimeException e) {
      LOG.warn("emotion scoring failed ({}): stored without emotions", e.getClass().getName());
      return;
    }
    for (int k = 0; k < members.size(); k++) {
      Analysis a = out[members.get(k)];
      out[members.get(k)] =
          new Analysis(
              a.language(),
              a.languageSource(),
              a.status(),
              a.unscoredReason(),
              a.score(),
              a.scoredBy(),
              a.mixed(),
              a.parts(),
              a.aspects(),
              scores.get(k));
    }
  }

  /**
   * Names the words or phrases that pushed the message's score most (the model's attribution when
   * it can explain, else the lexicon's); nothing for unsupported languages.
   */
  public Explanation explain(Message message, int limit) {
    LanguageRouter.Route routed = router.route(message.text(), message.declaredLanguage());
    DetectedLanguage language = routed.language();
    Language route = routed.model();
    if (route == null) {
      return new Explanation(language.code(), Analysis.UNSUPPORTED_LANGUAGE, null, List.of());
    }
    ResilientScorer.Explained explained = scorers.get(route).explain(message.text(), limit);
    return new Explanation(language.code(), null, explained.version(), explained.attributions());
  }

  /**
   * What scores right now, for health: per language {@code model} or {@code fallback: reason}
   * (after the last batch), and whether an emotion model is loaded.
   */
  public Map<String, String> status() {
    Map<String, String> status = new LinkedHashMap<>();
    scorers.forEach((language, scorer) -> {
      ResilientScorer.State state = scorer.state();
      status.put(
          language.name().toLowerCase(java.util.Locale.ROOT),
          state.fallback() ? "fallback: " + state.reason() : "model " + scorer.version());
    });
    return status;
  }

  /** True when the last batch of any language was scored by the lexicon fallback. */
  public boolean degraded() {
    return scorers.values().stream().anyMatch(s -> s.state().fallback());
  }

  /** Closes the models this analyzer loaded itself (never the shared ones). */
  @Override
  public void close() {
    for (AutoCloseable model : owned) {
      try {
        model.close();
      } catch (Exception e) {
        LOG.warn("closing a model failed: {}", e.getClass().getName());
      }
    }
  }

  private record Prepared(
      DetectedLanguage language,
      Language route,
      List<String> clauses,
      List<List<String>> clauseAspects) {}
}
