package io.pulse.scoring;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the texts of the emotion task to one style before they are trained or evaluated on, so
 * that the emotion model learns emotions instead of telling the sources apart (docs/emotions.md).
 * CARER texts are lower case without punctuation; the neutral texts (tweets, requests) have
 * question marks, exclamation marks, numbers, mentions and links, which the text pipeline keeps as
 * tokens and which would otherwise mean "none". CARER rows ({@link #carer}):
 *
 * <ul>
 *   <li>98.8% of the texts say "i feel ..." (the authors collected them by that phrase), and the
 *       texts without an emotion (neutral customer messages) almost never do: left alone, "feel"
 *       alone would decide between an emotion and none. "i feel", "im feeling", "i was feeling" and
 *       the like are dropped.
 *   <li>The authors stripped apostrophes ("im", "dont", "cant"); customers write "I'm", "don't",
 *       "can't", which the tokenizer keeps as other tokens. Common contractions get their
 *       apostrophe back.
 * </ul>
 */
final class EmotionText {
  /** The labels of the CARER data set; only rows with these labels are normalised. */
  static final Set<String> LABELS = Set.of("sadness", "joy", "love", "anger", "fear", "surprise");

  private static final Pattern FEEL =
      Pattern.compile(
          "\\b(?:i (?:am|was|have been|had been|do|did|still|just|really|also|always|often|"
              + "sometimes|can|could|would|will) |ive been |im |i )?"
              + "(?:feel|feels|feeling|feelings|felt)\\b ?");

  private static final Map<String, String> CONTRACTIONS =
      Map.ofEntries(
          Map.entry("im", "i'm"),
          Map.entry("ive", "i've"),
          Map.entry("dont", "don't"),
          Map.entry("cant", "can't"),
          Map.entry("didnt", "didn't"),
          Map.entry("doesnt", "doesn't"),
          Map.entry("isnt", "isn't"),
          Map.entry("wasnt", "wasn't"),
          Map.entry("arent", "aren't"),
          Map.entry("werent", "weren't"),
          Map.entry("havent", "haven't"),
          Map.entry("hasnt", "hasn't"),
          Map.entry("couldnt", "couldn't"),
          Map.entry("wouldnt", "wouldn't"),
          Map.entry("shouldnt", "shouldn't"),
          Map.entry("wont", "won't"),
          Map.entry("youre", "you're"),
          Map.entry("theyre", "they're"),
          Map.entry("thats", "that's"),
          Map.entry("whats", "what's"));

  private static final Pattern WORD = Pattern.compile("\\b[a-z]+\\b");

  private static final Pattern LINK_OR_MENTION =
      Pattern.compile("(?i)(?:\\b(?:https?://|www\\.)\\S+|(?<![\\w@])@\\w+)");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}'’\\s]+");

  private EmotionText() {}

  /**
   * A row of another source (the none class): links, mentions, digits and punctuation other than
   * apostrophes become spaces, as in CARER.
   */
  static String other(String text) {
    String plain = LINK_OR_MENTION.matcher(text).replaceAll(" ");
    return NOT_A_WORD.matcher(plain).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /** A CARER row: without "i feel"-style openers and with common contractions restored. */
  static String carer(String text) {
    String withoutFeel = FEEL.matcher(text).replaceAll("").strip();
    Matcher words = WORD.matcher(withoutFeel);
    StringBuilder out = new StringBuilder(withoutFeel.length() + 8);
    while (words.find()) {
      String contraction = CONTRACTIONS.get(words.group());
      words.appendReplacement(
          out, Matcher.quoteReplacement(contraction == null ? words.group() : contraction));
    }
    words.appendTail(out);
    return out.toString();
  }
}
