package io.pulse.aspects;

import io.pulse.text.Language;
import io.pulse.text.TextPipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;

/**
 * Counts candidate key phrases: runs of two or three content words (no stop word, number, URL or
 * emoticon token in between), keyed by their stems, once per message; phrases with a stem of a
 * taxonomy term are left out, because the taxonomy covers them already.
 */
final class KeyPhraseCounter {

  private static final Set<String> MORE_ENGLISH_STOP_WORDS =
      Set.of(
          "i", "me", "my", "we", "our", "you", "your", "he", "she", "him", "her", "his", "its",
          "they", "them", "their", "am", "is", "are", "was", "were", "be", "been", "being", "have",
          "has", "had", "do", "does", "did", "can", "could", "would", "should", "will", "shall",
          "may", "might", "must", "just", "get", "got", "im", "i'm", "it's", "what", "which", "who",
          "when", "where", "why", "how", "all", "any", "some", "more", "most", "very", "too", "so",
          "from", "up", "down", "out", "about", "again", "also", "than", "now", "still", "even",
          "only", "here", "there", "this", "that", "these", "those", "one", "don't", "can't",
          "please", "thanks", "thank", "hi", "hello", "us", "via", "amp", "ve", "ll", "re");

  private final TextPipeline stemmer;
  private final TextPipeline plain;
  private final CharArraySet stopWords;
  private final Set<String> covered;
  private final Map<String, int[]> counts = new HashMap<>();
  private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

  KeyPhraseCounter(TextPipeline stemmer, Language language, Set<String> covered) {
    this.stemmer = stemmer;
    this.plain = TextPipeline.builder().language(language).build();
    this.covered = covered;
    if (language == Language.ENGLISH) {
      stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
      stopWords.addAll(MORE_ENGLISH_STOP_WORDS);
    } else {
      stopWords = new CharArraySet(NorwegianAnalyzer.getDefaultStopSet(), true);
      stopWords.addAll(List.of("hei", "takk", "bare", "kan", "må", "får", "fikk", "blir"));
    }
  }

  KeyPhraseCounter count(List<String> texts) {
    for (String text : texts) {
      List<String> stems = stemmer.tokens(text);
      List<String> words = plain.tokens(text);
      if (stems.size() != words.size()) {
        continue; // never expected: same tokenizer; skip rather than misalign
      }
      Set<String> seen = new HashSet<>();
      for (int start = 0; start < stems.size(); start++) {
        for (int n = 2; n <= 3 && start + n <= stems.size(); n++) {
          if (!content(words.get(start + n - 1), stems.get(start + n - 1))
              || !content(words.get(start), stems.get(start))) {
            break;
          }
          List<String> key = stems.subList(start, start + n);
          if (n == 3 && !content(words.get(start + 1), stems.get(start + 1))) {
            break;
          }
          String stemKey = String.join(" ", key);
          if (seen.add(stemKey)) {
            counts.computeIfAbsent(stemKey, k -> new int[1])[0]++;
            surfaces
                .computeIfAbsent(stemKey, k -> new HashMap<>())
                .merge(String.join(" ", words.subList(start, start + n)), 1, Integer::sum);
          }
        }
      }
    }
    return this;
  }

  private boolean content(String word, String stem) {
    return word.length() >= 3
        && word.indexOf('_') < 0
        && !stopWords.contains(word)
        && !covered.contains(stem)
        && Character.isLetter(word.charAt(0));
  }

  List<KeyPhrase> top(int minMessages, int limit) {
    List<KeyPhrase> phrases = new ArrayList<>();
    counts.forEach((key, count) -> {
      if (count[0] >= minMessages) {
        String surface =
            surfaces.get(key).entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        phrases.add(new KeyPhrase(surface, count[0]));
      }
    });
    phrases.sort(
        Comparator.comparingInt(KeyPhrase::messages).reversed().thenComparing(KeyPhrase::phrase));
    return phrases.size() > limit ? List.copyOf(phrases.subList(0, limit)) : phrases;
  }
}
