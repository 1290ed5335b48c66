package io.pulse.fallback;

import io.pulse.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A fallback word list ({@code lexicon-en.txt}, {@code lexicon-no.txt}). One entry per line:
 *
 * <ul>
 *   <li>{@code word weight}: weight -3..+3, matched on the stem, so one form covers its inflections
 *       (wait, waited, waiting);
 *   <li>{@code =word weight}: matched on that exact form only, where the stem would also catch a
 *       neutral word ("helpful" is stemmed to "help", "cancelled" to "cancel");
 *   <li>{@code word weight request}: a word that counts nothing in a request ("Could you ...?",
 *       "Please ..."), where it names the topic or is politeness ("cancel", "refund", "thanks");
 *   <li>{@code word word ... 0}: a formula (greeting, closing) whose words count nothing ("good
 *       morning", "best regards").
 * </ul>
 */
final class Lexicon {

  /** A word's weight and whether a request neutralises it. */
  record Entry(double weight, boolean neutralInRequest) {}

  private final Map<String, Entry> exact;
  private final Map<String, Entry> stemmed;
  private final Set<List<String>> formulas;
  private final Set<String> formulaStarts;
  private final int longestFormula;
  private final UnaryOperator<String> stem;

  private Lexicon(
      Map<String, Entry> exact,
      Map<String, Entry> stemmed,
      Set<List<String>> formulas,
      UnaryOperator<String> stem) {
    this.exact = Map.copyOf(exact);
    this.stemmed = Map.copyOf(stemmed);
    this.formulas = Set.copyOf(formulas);
    this.formulaStarts =
        formulas.stream()
            .map(List::getFirst)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.longestFormula = formulas.stream().mapToInt(List::size).max().orElse(0);
    this.stem = stem;
  }

  /** The entry of a (lower-case) word, by its exact form first, else by its stem; or null. */
  Entry find(String word) {
    Entry entry = exact.get(word);
    return entry != null ? entry : stemmed.get(stem.apply(word));
  }

  /** The number of words of the longest formula that starts at {@code words[from]}, else 0. */
  int formulaAt(List<String> words, int from) {
    // Most words start no formula: one look-up instead of stemming every candidate word list.
    if (from >= words.size() || !formulaStarts.contains(stem.apply(words.get(from)))) {
      return 0;
    }
    for (int n = Math.min(longestFormula, words.size() - from); n >= 2; n--) {
      List<String> candidate = words.subList(from, from + n).stream().map(stem).toList();
      if (formulas.contains(candidate)) {
        return n;
      }
    }
    return 0;
  }

  static Lexicon read(Language language, UnaryOperator<String> stem) {
    String file = language == Language.ENGLISH ? "lexicon-en.txt" : "lexicon-no.txt";
    Map<String, Entry> exact = new HashMap<>();
    Map<String, Entry> stemmed = new HashMap<>();
    Set<List<String>> formulas = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("fallback lexicon " + file + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String entry = line.strip().toLowerCase(Locale.ROOT);
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(entry.split("\\s+")));
        boolean request = parts.getLast().equals("request");
        if (request) {
          parts.removeLast();
        }
        Double weight = parts.size() < 2 ? null : weight(parts.removeLast());
        if (weight == null || (parts.size() > 1 && (weight != 0 || request))) {
          throw new IllegalStateException(
              file
                  + " line "
                  + lineNumber
                  + ": expected 'word weight', '=word weight', 'word weight request' or"
                  + " 'word word ... 0', found '"
                  + line.strip()
                  + "'");
        }
        if (parts.size() > 1) {
          formulas.add(parts.stream().map(stem).toList());
        } else if (parts.getFirst().startsWith("=")) {
          exact.put(parts.getFirst().substring(1), new Entry(weight, request));
        } else {
          stemmed.put(stem.apply(parts.getFirst()), new Entry(weight, request));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading fallback lexicon " + file, e);
    }
    return new Lexicon(exact, stemmed, formulas, stem);
  }

  private static Double weight(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
