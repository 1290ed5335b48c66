package io.pulse.fallback;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import io.pulse.text.TextPipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sentiment from a word list ({@link Lexicon}): the sum of the words' weights, negated and damped
 * inside a negation's scope ("not good", "no problems"), strengthened after an intensifier ("very
 * slow"), squashed into class probabilities. Greetings and closings count nothing, nor do the topic
 * words and thanks of a request, so that a plain request comes out neutral. Fast, deterministic, no
 * native code; far less accurate than the model, which is why its scores are flagged and re-scored.
 */
final class LexiconScorer implements SentimentScorer {

  static final String VERSION = "lexicon-1";
  private static final double NEGATED_FACTOR = -0.8;
  private static final String NEGATED = TextPipeline.NEGATED_PREFIX;

  /**
   * A question, or a sentence opening like a request: "Could you send me the invoice for order
   * 88213? Thanks!" names its topic and thanks in advance without any sentiment.
   */
  private static final Pattern REQUEST =
      Pattern.compile(
          "\\?|(?:^|[.!:;]\\s+)(?:please|kindly|could|can|would|may|how|where"
              + "|is it possible|i need|we need|i want|we want|i would like|we would like"
              + "|i'd like|we'd like|help me)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final double INTENSIFIED = 1.5;
  private static final Set<String> INTENSIFIERS =
      Set.of(
          "very",
          "really",
          "so",
          "extremely",
          "too",
          "totally",
          "absolutely",
          "incredibly",
          "veldig",
          "svært",
          "utrolig",
          "skikkelig",
          "altfor",
          "kjempe");

  private final Language language;
  private final TextPipeline pipeline;
  private final TextPipeline stemmer;
  private final Map<String, String> stems = new ConcurrentHashMap<>();
  private final Lexicon lexicon;

  LexiconScorer(Language language) {
    this.language = language;
    // Negations are marked on unstemmed tokens (a stemmer may cut "ikke" to "ikk"); words are
    // stemmed one by one for the lookup.
    this.pipeline = TextPipeline.builder().language(language).markNegation(true).build();
    this.stemmer = TextPipeline.builder().language(language).stem(true).build();
    this.lexicon = Lexicon.read(language, this::stem);
  }

  @Override
  public List<SentimentScore> scoreAll(List<String> texts) {
    return texts.stream().map(this::scoreOne).toList();
  }

  private SentimentScore scoreOne(String text) {
    double sum = 0;
    for (Hit hit : hits(text)) {
      sum += hit.weight();
    }
    double x = Math.tanh(sum / 3.0);
    double neutral = 0.1 + 0.8 * (1 - Math.abs(x)) * (1 - Math.abs(x));
    double positive = (1 - neutral) * (1 + x) / 2;
    double negative = (1 - neutral) * (1 - x) / 2;
    return SentimentScore.fromProbabilities(
        new float[] {(float) negative, (float) neutral, (float) positive}, VERSION);
  }

  /** The lexicon words of the text with their (negated, intensified) weights, strongest first. */
  @Override
  public List<Attribution> explain(String text, int limit) {
    List<Hit> hits = new ArrayList<>(hits(text));
    hits.sort(Comparator.comparingDouble((Hit h) -> -Math.abs(h.weight())));
    return hits.stream()
        .limit(Math.max(0, limit))
        .map(h -> new Attribution(h.phrase(), h.weight() / 6.0))
        .toList();
  }

  boolean polarised(String text) {
    boolean positive = false;
    boolean negative = false;
    for (Hit hit : hits(text)) {
      positive |= hit.weight() > 0;
      negative |= hit.weight() < 0;
    }
    return positive && negative;
  }

  private List<Hit> hits(String text) {
    String input = text == null ? "" : text;
    List<String> tokens = pipeline.tokens(input);
    List<String> words =
        tokens.stream()
            .map(t -> t.startsWith(NEGATED) ? t.substring(NEGATED.length()) : t)
            .toList();
    boolean request = REQUEST.matcher(input).find();
    List<Hit> hits = new ArrayList<>();
    double boost = 1;
    for (int i = 0; i < tokens.size(); i++) {
      int formula = lexicon.formulaAt(words, i);
      if (formula > 0) {
        i += formula - 1; // "good morning", "best regards": politeness, not sentiment
        boost = 1;
        continue;
      }
      String word = words.get(i);
      boolean negated = tokens.get(i).startsWith(NEGATED);
      if (INTENSIFIERS.contains(word)) {
        boost = INTENSIFIED;
        continue;
      }
      Lexicon.Entry entry = lexicon.find(word);
      if (entry != null && !(request && entry.neutralInRequest())) {
        double w = entry.weight() * boost * (negated ? NEGATED_FACTOR : 1);
        hits.add(new Hit(negated ? "not " + word : word, w));
      }
      boost = 1;
    }
    return hits;
  }

  private String stem(String word) {
    return stems.computeIfAbsent(
        word,
        w -> {
          List<String> stemmed = stemmer.tokens(w);
          return stemmed.size() == 1 ? stemmed.getFirst() : w;
        });
  }

  Language language() {
    return language;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public void close() {}

  private record Hit(String phrase, double weight) {}
}
