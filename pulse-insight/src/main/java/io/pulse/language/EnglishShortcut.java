package io.pulse.language;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap first pass before Lingua, which is the slow part of ingest (about 2,000 texts/s on one
 * core): a text with at least {@value #MIN_ENGLISH} English function words and none of a list of
 * function words that are distinctive for the other detected languages is English. Everything else
 * goes to Lingua.
 */
final class EnglishShortcut {

  static final int MIN_ENGLISH = 3;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "is", "are", "was", "were", "you", "your", "my", "to", "of", "for", "with",
          "this", "that", "have", "has", "it", "not", "but", "be", "can", "will", "please",
          "thanks", "just", "what", "why", "how", "get", "got", "been", "from", "they", "we", "our",
          "an", "i'm", "don't", "would", "could", "should", "there", "their", "about", "me", "when",
          "if", "out", "am", "did", "can't", "still", "now", "thank", "any", "who", "which",
          "again", "after", "only", "because", "some", "them", "she", "his", "it's", "didn't",
          "doesn't", "isn't", "won't", "you're", "we're", "they're", "i've", "i'll", "here", "than",
          "then", "very", "too", "much", "more", "need", "help");

  /** Function words of the other languages that do not occur in ordinary English text. */
  private static final Set<String> OTHER =
      Set.of(
          // Norwegian, Danish, Swedish
          "og",
          "ikke",
          "ikkje",
          "jeg",
          "eg",
          "det",
          "er",
          "på",
          "med",
          "och",
          "inte",
          "jag",
          "är",
          "för",
          "eller",
          "ble",
          "blir",
          "hvor",
          "hvorfor",
          "også",
          "ein",
          "hun",
          "hon",
          "vi",
          "ingen",
          "kan",
          "har",
          "til",
          "av",
          "af",
          "meg",
          "mig",
          "deg",
          "dig",
          // German, Dutch
          "der",
          "und",
          "ist",
          "nicht",
          "ich",
          "mit",
          "für",
          "sie",
          "eine",
          "auf",
          "wir",
          "bitte",
          "danke",
          "sehr",
          "het",
          "een",
          "niet",
          "ik",
          "van",
          "zijn",
          "voor",
          "en",
          // Spanish, Portuguese, Italian, French
          "los",
          "las",
          "que",
          "es",
          "por",
          "para",
          "muy",
          "una",
          "não",
          "um",
          "uma",
          "il",
          "che",
          "di",
          "sono",
          "le",
          "les",
          "et",
          "est",
          "je",
          "pas",
          "pour",
          "avec",
          "une",
          "des",
          "du",
          "très",
          "merci",
          "vous",
          "nous",
          "y",
          "é",
          "o",
          // Finnish, Polish
          "ja",
          "ei",
          "ole",
          "että",
          "nie",
          "jest",
          "się",
          "jak");

  private EnglishShortcut() {}

  /** True when the text is plainly English. */
  static boolean isPlainlyEnglish(String text) {
    int english = 0;
    int start = -1;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean word = Character.isLetter(c) || c == '\'';
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        String token = lower.substring(start, i);
        if (OTHER.contains(token)) {
          return false;
        }
        if (ENGLISH.contains(token)) {
          english++;
        }
        start = -1;
      }
    }
    return english >= MIN_ENGLISH;
  }
}
