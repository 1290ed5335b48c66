package io.pulse.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps tokens to integer ids. Id {@value #PAD} is padding, id {@value #OOV} stands for every token
 * not in the vocabulary; real tokens start at 2. Immutable and thread-safe.
 */
public final class Vocabulary {
  /** Padding id: fills sequences up to their fixed length. */
  public static final int PAD = 0;

  /** Out-of-vocabulary id. */
  public static final int OOV = 1;

  private static final String PAD_TOKEN = "<pad>";
  private static final String OOV_TOKEN = "<oov>";

  private final List<String> tokens;
  private final Map<String, Integer> ids;

  private Vocabulary(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
    this.ids = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      ids.put(tokens.get(i), i);
    }
  }

  /**
   * Builds a vocabulary from tokenised texts: tokens seen at least {@code minFrequency} times, the
   * most frequent first (ties in alphabetical order, so the result is deterministic), at most
   * {@code maxSize} entries including PAD and OOV.
   */
  public static Vocabulary build(
      Collection<? extends List<String>> texts, int minFrequency, int maxSize) {
    if (minFrequency < 1 || maxSize < 3) {
      throw new IllegalArgumentException(
          "minFrequency must be >= 1 and maxSize >= 3, found " + minFrequency + ", " + maxSize);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> text : texts) {
      for (String token : text) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    List<String> kept =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= minFrequency)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(maxSize - 2L)
            .map(Map.Entry::getKey)
            .toList();
    List<String> all = new ArrayList<>(kept.size() + 2);
    all.add(PAD_TOKEN);
    all.add(OOV_TOKEN);
    all.addAll(kept);
    return new Vocabulary(all);
  }

  /**
   * Restores a vocabulary from {@link #tokens()}.
   *
   * @throws IllegalArgumentException when the list does not start with the PAD and OOV entries
   */
  public static Vocabulary of(List<String> tokens) {
    if (tokens.size() < 2
        || !PAD_TOKEN.equals(tokens.get(PAD))
        || !OOV_TOKEN.equals(tokens.get(OOV))) {
      throw new IllegalArgumentException(
          "vocabulary must start with " + PAD_TOKEN + " and " + OOV_TOKEN);
    }
    return new Vocabulary(tokens);
  }

  /** All entries in id order, PAD and OOV first. */
  public List<String> tokens() {
    return tokens;
  }

  /** Number of ids, PAD and OOV included. */
  public int size() {
    return tokens.size();
  }

  /** The id of a token, {@link #OOV} when unknown. */
  public int id(String token) {
    return ids.getOrDefault(token, OOV);
  }

  /**
   * Encodes tokens to exactly {@code length} ids: longer inputs are truncated at the end, shorter
   * ones padded with {@link #PAD} at the end.
   */
  public int[] encode(List<String> text, int length) {
    int[] out = new int[length];
    int n = Math.min(length, text.size());
    for (int i = 0; i < n; i++) {
      out[i] = id(text.get(i));
    }
    return out;
  }
}
