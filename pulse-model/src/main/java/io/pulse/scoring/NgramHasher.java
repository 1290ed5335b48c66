package io.pulse.scoring;

import java.util.List;

/**
 * Hashes a token list into bag-of-n-gram ids for the fastText-like branch: word unigrams, word
 * bigrams, then character 3- and 4-grams of each word with boundary marks. Ids are in {@code [1,
 * buckets)}; 0 is padding. The hash is fixed (FNV-1a + a murmur finaliser) so saved models stay
 * valid across JVMs.
 */
final class NgramHasher {
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;
  private static final char UNIGRAM = 'w';
  private static final char BIGRAM = 'b';
  private static final char CHARGRAM = 'c';

  private final int buckets;
  private final int slots;

  NgramHasher(int buckets, int slots) {
    this.buckets = buckets;
    this.slots = slots;
  }

  /** Writes {@code slots} ids for one text into {@code out} starting at {@code offset}. */
  void hash(List<String> tokens, int[] out, int offset) {
    int n = 0;
    for (int i = 0; i < tokens.size() && n < slots; i++) {
      out[offset + n++] = bucket(feed(feed(FNV_OFFSET, UNIGRAM), tokens.get(i), 0, -1));
    }
    for (int i = 1; i < tokens.size() && n < slots; i++) {
      int h = feed(feed(FNV_OFFSET, BIGRAM), tokens.get(i - 1), 0, -1);
      h = feed(h, ' ');
      out[offset + n++] = bucket(feed(h, tokens.get(i), 0, -1));
    }
    for (int i = 0; i < tokens.size() && n < slots; i++) {
      String word = "<" + tokens.get(i) + ">";
      for (int size = 3; size <= 4; size++) {
        for (int start = 0; start + size <= word.length() && n < slots; start++) {
          if (size >= word.length()) {
            continue;
          }
          int h = feed(feed(FNV_OFFSET, CHARGRAM), word, start, start + size);
          out[offset + n++] = bucket(h);
        }
      }
    }
    for (; n < slots; n++) {
      out[offset + n] = 0;
    }
  }

  private int bucket(int hash) {
    return 1 + Math.floorMod(mix(hash), buckets - 1);
  }

  private static int feed(int hash, char c) {
    return (hash ^ c) * FNV_PRIME;
  }

  private static int feed(int hash, String text, int from, int to) {
    int end = to < 0 ? text.length() : to;
    int h = hash;
    for (int i = from; i < end; i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  private static int mix(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
