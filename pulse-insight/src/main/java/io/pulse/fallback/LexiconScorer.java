package io.pulse.fallback;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import io.pulse.text.TextPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Sentiment from a word list: the sum of the words' weights, negated and damped inside a negation's
 * scope ("not good", "no problems"), strengthened after an intensifier ("very slow"), squashed into
 * class probabilities. Fast, deterministic, no native code; far less accurate than the model, which
 * is why its scores are flagged and re-scored.
 */
final class LexiconScorer implements SentimentScorer {

  static final String VERSION = "lexicon-1";
  private static final double NEGATED = -0.8;
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
  private final Map<String, Double> weights;

  LexiconScorer(Language language) {
    this.language = language;
    // Negations are marked on unstemmed tokens (a stemmer may cut "ikke" to "ikk"); words are
    // stemmed one by one for the lookup.
    this.pipeline = TextPipeline.builder().language(language).markNegation(true).build();
    this.stemmer = TextPipeline.builder().language(language).stem(true).build();
    this.weights = read(language, this::stem);
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
    List<String> tokens = pipeline.tokens(text == null ? "" : text);
    List<Hit> hits = new ArrayList<>();
    double boost = 1;
    for (String token : tokens) {
      boolean negated = token.startsWith(TextPipeline.NEGATED_PREFIX);
      String word = negated ? token.substring(TextPipeline.NEGATED_PREFIX.length()) : token;
      if (INTENSIFIERS.contains(word)) {
        boost = INTENSIFIED;
        continue;
      }
      Double weight = weights.get(stem(word));
      if (weight != null) {
        double w = weight * boost * (negated ? NEGATED : 1);
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

  private static Map<String, Double> read(Language language, UnaryOperator<String> stem) {
    String file = language == Language.ENGLISH ? "lexicon-en.txt" : "lexicon-no.txt";
    Map<String, Double> weights = new HashMap<>();
    try (InputStream in = LexiconScorer.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("fallback lexicon " + file + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        String[] parts = entry.split("\\s+");
        if (parts.length != 2) {
          throw new IllegalStateException(
              file + " line " + lineNumber + ": expected 'word weight', found '" + entry + "'");
        }
        weights.put(stem.apply(parts[0].toLowerCase(Locale.ROOT)), Double.parseDouble(parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading fallback lexicon " + file, e);
    }
    return Map.copyOf(weights);
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
