package io.pulse.aspects;

import io.pulse.text.Language;
import io.pulse.text.TextPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entry point of the aspects feature: finds the taxonomy's aspects in texts and discovers frequent
 * phrases it does not cover. Immutable and thread-safe.
 *
 * <p>A term matches when its stemmed words occur consecutively among the stemmed words of the text
 * (same cleaning and Lucene stemmer as the messages, stop words kept so that phrases stay intact).
 */
public final class Aspects {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+]");

  private final List<Aspect> aspects;
  private final Map<Language, TextPipeline> stemmers = new EnumMap<>(Language.class);
  private final Map<Language, Map<String, List<Term>>> byFirstWord = new EnumMap<>(Language.class);
  private final Map<Language, Set<String>> coveredStems = new EnumMap<>(Language.class);

  private Aspects(Taxonomy taxonomy) {
    this.aspects = taxonomy.aspects();
    for (Language language : Language.values()) {
      TextPipeline stemmer =
          TextPipeline.builder().language(language).stem(true).numbersAsToken(true).build();
      stemmers.put(language, stemmer);
      Map<String, List<Term>> index = new HashMap<>();
      Set<String> covered = new java.util.HashSet<>();
      taxonomy
          .terms()
          .forEach((id, perLanguage) -> {
            for (String term : perLanguage.getOrDefault(language, List.of())) {
              List<String> words = stemmer.tokens(term);
              if (!words.isEmpty()) {
                index
                    .computeIfAbsent(words.getFirst(), k -> new ArrayList<>())
                    .add(new Term(id, words));
                covered.addAll(words);
              }
            }
          });
      byFirstWord.put(language, index);
      coveredStems.put(language, Set.copyOf(covered));
    }
  }

  /** The taxonomy bundled with Pulse. */
  public static Aspects bundled() {
    try (InputStream in = Aspects.class.getResourceAsStream("taxonomy.properties")) {
      if (in == null) {
        throw new IllegalStateException("taxonomy.properties is missing from the jar");
      }
      return new Aspects(Taxonomy.read(in, "bundled taxonomy.properties"));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled taxonomy", e);
    }
  }

  /**
   * A taxonomy file in the bundled format.
   *
   * @throws IllegalArgumentException naming the file when it is missing or malformed
   */
  public static Aspects fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "pulse.insight.taxonomy-file must name a readable file; found '" + file + "'");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Aspects(Taxonomy.read(in, file.toString()));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read taxonomy file '" + file + "'", e);
    }
  }

  /** The aspects of the taxonomy, in id order. */
  public List<Aspect> aspects() {
    return aspects;
  }

  /** Ids of the aspects mentioned in the text, in taxonomy order, each once. */
  public List<String> match(String text, Language language) {
    List<String> words = stemmed(text, language);
    Map<String, List<Term>> index = byFirstWord.get(language);
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      List<Term> candidates = index.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      for (Term term : candidates) {
        if (term.matchesAt(words, i)) {
          found.add(term.aspect());
        }
      }
    }
    List<String> ordered = new ArrayList<>(found.size());
    for (Aspect aspect : aspects) {
      if (found.contains(aspect.id())) {
        ordered.add(aspect.id());
      }
    }
    return ordered;
  }

  /**
   * Frequent phrases of two or three words that no aspect covers, most frequent first.
   *
   * @param minMessages how many messages a phrase needs at least
   * @param limit how many phrases at most
   */
  public List<KeyPhrase> discover(
      List<String> texts, Language language, int minMessages, int limit) {
    return new KeyPhraseCounter(stemmers.get(language), language, coveredStems.get(language))
        .count(texts.stream().map(t -> PLACEHOLDER.matcher(t).replaceAll(" ")).toList())
        .top(minMessages, limit);
  }

  private List<String> stemmed(String text, Language language) {
    return stemmers.get(language).tokens(PLACEHOLDER.matcher(text).replaceAll(" "));
  }

  private record Term(String aspect, List<String> words) {
    boolean matchesAt(List<String> text, int start) {
      if (start + words.size() > text.size()) {
        return false;
      }
      for (int j = 1; j < words.size(); j++) {
        if (!words.get(j).equals(text.get(start + j))) {
          return false;
        }
      }
      return true;
    }
  }
}
