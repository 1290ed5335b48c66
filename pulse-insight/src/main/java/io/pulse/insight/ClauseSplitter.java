package io.pulse.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into clauses for mixed-sentiment detection: at sentence ends ({@code . ! ? ;}
 * and line breaks), before contrastive words (but, however, although, though, yet, whereas, men,
 * selv om, likevel, derimot, skjønt, imidlertid, bortsett fra, unntatt) and, in a sentence opened
 * by although / though / while / selv om, at its first comma. Fragments of fewer than {@value
 * #MIN_WORDS} words are merged into their neighbour; at most {@code maxClauses} are returned (the
 * tail is merged into the last).
 */
final class ClauseSplitter {

  static final int MIN_WORDS = 2;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*");
  private static final Pattern CONTRAST =
      Pattern.compile(
          "(?iu)(?<=[\\s,;:—–-])(but|however|although|though|yet|whereas|men|selv om|likevel|"
              + "derimot|skjønt|imidlertid|bortsett fra|unntatt)\\b");
  private static final Pattern OPENER =
      Pattern.compile("(?iu)^(although|though|even though|while|selv om|bortsett fra)\\b[^,]*,");

  private final int maxClauses;

  ClauseSplitter(int maxClauses) {
    this.maxClauses = Math.max(1, maxClauses);
  }

  /** True when the text has a contrastive word or an although/though/while opener. */
  static boolean hasContrast(String text) {
    return CONTRAST.matcher(text).find() || OPENER.matcher(text.strip()).find();
  }

  List<String> split(String text) {
    List<String> pieces = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text.strip())) {
      for (String part : splitContrast(sentence)) {
        Matcher opener = OPENER.matcher(part);
        if (opener.find() && opener.end() < part.length()) {
          pieces.add(part.substring(0, opener.end()));
          pieces.add(part.substring(opener.end()));
        } else {
          pieces.add(part);
        }
      }
    }
    List<String> clauses = new ArrayList<>();
    for (String piece : pieces) {
      String clause = piece.strip();
      if (clause.isEmpty()) {
        continue;
      }
      if (!clauses.isEmpty()
          && (words(clause) < MIN_WORDS || words(clauses.getLast()) < MIN_WORDS)) {
        clauses.set(clauses.size() - 1, clauses.getLast() + " " + clause);
      } else {
        clauses.add(clause);
      }
    }
    while (clauses.size() > maxClauses) {
      String last = clauses.removeLast();
      clauses.set(clauses.size() - 1, clauses.getLast() + " " + last);
    }
    return clauses;
  }

  private static List<String> splitContrast(String sentence) {
    List<String> parts = new ArrayList<>();
    Matcher m = CONTRAST.matcher(sentence);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        parts.add(sentence.substring(start, m.start()));
        start = m.start();
      }
    }
    parts.add(sentence.substring(start));
    return parts;
  }

  private static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }
}
