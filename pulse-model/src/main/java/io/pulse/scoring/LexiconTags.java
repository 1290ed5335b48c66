package io.pulse.scoring;

import io.pulse.text.TextPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the NorSentLex polarity lexicon inside the network as tokens: after every word the lexicon
 * marks (directly, as the tail of a compound such as "kjempebra", or as a "u-" negation of a
 * positive word such as "uakseptabelt") a tag token follows, {@value #POSITIVE} or {@value
 * #NEGATIVE}, or {@value #NEGATED_POSITIVE} / {@value #NEGATED_NEGATIVE} inside a negation's scope
 * ("ikke fornøyd", "ingen problemer"). A text with a positive word and an irony marker ("jo",
 * "igjen", "enda", "takk for ingenting") also gets {@value #IRONY} after the marker. The tags are
 * ordinary vocabulary entries, so the word embedding, the BiLSTM and the n-gram bag all learn what
 * they are worth; the words themselves are kept unchanged.
 *
 * <p>Input tokens come from a {@link TextPipeline} with negation marks on; their {@value
 * TextPipeline#NEGATED_PREFIX} prefix is removed from the word and kept in the tag. Thread-safe.
 *
 * <p>Lexicon: Barnes, Touileb, Øvrelid and Velldal (2019), "Lexicon information in neural sentiment
 * analysis: a multi-task learning approach", NoDaLiDa 2019 (ltgoslo/norsentlex, full forms).
 */
final class LexiconTags {
  static final String POSITIVE = "<lex+>";
  static final String NEGATIVE = "<lex->";
  static final String NEGATED_POSITIVE = "<ikke-lex+>";
  static final String NEGATED_NEGATIVE = "<ikke-lex->";
  static final String IRONY = "<ironi>";

  private static final int MIN_TAIL = 4;
  private static final Set<String> IRONY_MARKERS = Set.of("jo", "igjen", "enda", "atter");
  private static final Set<String> INTENSIFIERS =
      Set.of("kjempe", "super", "drit", "mega", "sinnsykt", "skikkelig", "ekstremt", "topp");

  private static volatile LexiconTags norwegian;

  private final Set<String> positive;
  private final Set<String> negative;

  LexiconTags(Set<String> positive, Set<String> negative) {
    this.positive = Set.copyOf(positive);
    this.negative = Set.copyOf(negative);
  }

  /**
   * The bundled NorSentLex full-form lexicon plus a few customer-service words it lacks ({@code
   * lexicon/pulse-*.txt}: "uakseptabelt", "treig", "evighet" ...); loaded once.
   */
  static LexiconTags norwegian() {
    LexiconTags tags = norwegian;
    if (tags == null) {
      synchronized (LexiconTags.class) {
        if (norwegian == null) {
          norwegian =
              new LexiconTags(
                  union(
                      read("lexicon/norsentlex-positive.txt"), read("lexicon/pulse-positive.txt")),
                  union(
                      read("lexicon/norsentlex-negative.txt"), read("lexicon/pulse-negative.txt")));
        }
        tags = norwegian;
      }
    }
    return tags;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> read(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = LexiconTags.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader
          .lines()
          .map(String::strip)
          .filter(w -> !w.isEmpty() && !w.startsWith("#"))
          .forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return words;
  }

  /**
   * Polarity of one lower-case word: +1, -1 or 0. Compounds take the polarity of their longest
   * lexicon tail (at least {@value #MIN_TAIL} letters, or any tail after an intensifier such as
   * "kjempe"); "u" + a positive word is negative.
   */
  int polarity(String word) {
    if (negative.contains(word)) {
      return -1;
    }
    if (positive.contains(word)) {
      return 1;
    }
    if (word.length() > MIN_TAIL + 1
        && word.charAt(0) == 'u'
        && positive.contains(word.substring(1))) {
      return -1;
    }
    for (int split = 2; split <= word.length() - 3; split++) {
      String tail = word.substring(split);
      boolean intensified = INTENSIFIERS.contains(word.substring(0, split));
      if (tail.length() < MIN_TAIL && !intensified) {
        break;
      }
      if (negative.contains(tail)) {
        return -1;
      }
      if (positive.contains(tail)) {
        return 1;
      }
    }
    return 0;
  }

  /** The words (negation prefixes removed) with tags inserted. */
  List<String> tag(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() + tokens.size() / 2 + 1);
    boolean anyPositive = false;
    int ironyAt = -1;
    for (String token : tokens) {
      boolean negated = token.startsWith(TextPipeline.NEGATED_PREFIX);
      String word = negated ? token.substring(TextPipeline.NEGATED_PREFIX.length()) : token;
      out.add(word);
      if (IRONY_MARKERS.contains(word) && ironyAt < 0) {
        ironyAt = out.size();
      }
      int polarity = polarity(word);
      if (polarity > 0) {
        out.add(negated ? NEGATED_POSITIVE : POSITIVE);
        anyPositive |= !negated;
      } else if (polarity < 0) {
        out.add(negated ? NEGATED_NEGATIVE : NEGATIVE);
      }
    }
    if (anyPositive && ironyAt >= 0) {
      out.add(ironyAt, IRONY);
    } else if (containsThanksForNothing(tokens)) {
      out.add(IRONY);
    }
    return out;
  }

  private static boolean containsThanksForNothing(List<String> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).equals("takk")
          && tokens.get(i + 1).equals("for")
          && tokens.get(i + 2).endsWith("ingenting")) {
        return true;
      }
    }
    return false;
  }
}
