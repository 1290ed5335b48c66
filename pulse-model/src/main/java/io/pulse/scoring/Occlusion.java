package io.pulse.scoring;

import io.pulse.core.Attribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Explains a sentiment score by occlusion: every word and every pair of adjacent words (not
 * separated by punctuation) is dropped from the text in turn, all variants are scored in one batch,
 * and the weight of a phrase is how much the score P(positive) - P(negative) falls without it
 * (positive weight: the phrase pushed the score up). Phrases are returned as they appear in the
 * text.
 */
final class Occlusion {
  /** Words considered; the CNN + BiLSTM branch reads at most 32 tokens anyway. */
  static final int MAX_WORDS = 64;

  /** Weights below this say nothing and are left out. */
  static final double MIN_WEIGHT = 0.01;

  /**
   * A pair of words is a candidate only when it weighs this much more than its two words together
   * (the words act together, as in "not good"); otherwise its words speak for themselves.
   */
  static final double PAIR_GAIN = 1.25;

  private Occlusion() {}

  /** A word of the text: characters {@code start} (inclusive) to {@code end} (exclusive). */
  record Span(int start, int end) {}

  private record Candidate(Span span, double weight) {}

  /**
   * The strongest phrases of {@code text}, at most {@code limit}, strongest |weight| first, never
   * overlapping and each phrase (case-insensitively) once.
   *
   * @param probabilities scores a list of texts in one call, returning class probabilities
   *     (negative, neutral, positive) per text
   */
  static List<Attribution> explain(
      String text, int limit, Function<List<String>, float[][]> probabilities) {
    if (text == null || limit <= 0) {
      return List.of();
    }
    List<Span> words = words(text);
    if (words.size() > MAX_WORDS) {
      words = words.subList(0, MAX_WORDS);
    }
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> variants = new ArrayList<>(2 * words.size());
    variants.add(text);
    for (Span word : words) {
      variants.add(without(text, word));
    }
    List<Integer> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (text.substring(words.get(i).end(), words.get(i + 1).start()).isBlank()) {
        pairs.add(i);
        variants.add(without(text, new Span(words.get(i).start(), words.get(i + 1).end())));
      }
    }
    float[][] p = probabilities.apply(variants);
    double base = score(p[0]);
    int n = words.size();
    double[] single = new double[n];
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      single[i] = base - score(p[1 + i]);
      candidates.add(new Candidate(words.get(i), single[i]));
    }
    for (int k = 0; k < pairs.size(); k++) {
      int i = pairs.get(k);
      double pair = base - score(p[1 + n + k]);
      if (Math.abs(pair) >= PAIR_GAIN * (Math.abs(single[i]) + Math.abs(single[i + 1]))) {
        candidates.add(new Candidate(new Span(words.get(i).start(), words.get(i + 1).end()), pair));
      }
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -Math.abs(c.weight())));
    List<Attribution> chosen = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (chosen.size() == limit || Math.abs(candidate.weight()) < MIN_WEIGHT) {
        break;
      }
      Span span = candidate.span();
      String phrase = text.substring(span.start(), span.end());
      if (taken.stream().noneMatch(t -> t.start() < span.end() && span.start() < t.end())
          && seen.add(phrase.toLowerCase(Locale.ROOT))) {
        taken.add(span);
        chosen.add(new Attribution(phrase, candidate.weight()));
      }
    }
    return List.copyOf(chosen);
  }

  /**
   * The words of a text: whitespace-separated chunks without leading and trailing punctuation.
   * Chunks that are links, mentions or e-mail addresses are not words.
   */
  static List<Span> words(String text) {
    List<Span> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      String chunk = text.substring(start, i);
      if (chunk.isEmpty()
          || chunk.contains("://")
          || chunk.startsWith("www.")
          || chunk.startsWith("@")
          || chunk.indexOf('@') > 0) {
        continue;
      }
      int from = start;
      int to = i;
      while (from < to && !Character.isLetterOrDigit(text.codePointAt(from))) {
        from += Character.charCount(text.codePointAt(from));
      }
      while (to > from && !Character.isLetterOrDigit(text.codePointBefore(to))) {
        to -= Character.charCount(text.codePointBefore(to));
      }
      if (from < to) {
        words.add(new Span(from, to));
      }
    }
    return words;
  }

  private static String without(String text, Span span) {
    return text.substring(0, span.start()) + " " + text.substring(span.end());
  }

  private static double score(float[] probabilities) {
    return (double) probabilities[2] - probabilities[0];
  }
}
