package io.pulse.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// The detector as it was before the cheap pre-checks and their speed-ups: the reference that
// PreCheckDifferentialTest compares the optimised code with. Do not optimise this copy.
/**
 * Person names where the context says a name follows: greetings ("Hi John,", "Dear Mrs Smith", "Hei
 * Kari!"), sign-offs ("Regards, John Smith", "Best,\nAnna", "Mvh Kari Nordmann"), a closing dash at
 * the end of a message ("... -Becky") and self-introductions ("my name is Peter Parker", "jeg heter
 * Ola"). Names are one to three capitalised words; a title such as {@code Mrs} is kept in the text.
 * Once a name is found, its other whole-word occurrences in the same text are replaced too.
 *
 * <p>To keep false positives low, greetings and sign-offs only count when the name ends the line or
 * is followed by punctuation, and never when a word is on {@link NameStopWords} ("Hi team", "Dear
 * Customer Service", "Thanks, Again"). CamelCase and all-caps words (brands) are not names.
 */
final class BaselinePersonNameDetector implements PiiDetector {

  private static final String NAME_WORD =
      "\\p{Lu}(?:\\p{Ll}++(?:['’]\\p{Lu}?\\p{Ll}++)?|['’]\\p{Lu}\\p{Ll}++)(?:-\\p{Lu}\\p{Ll}++)?"
          + "(?![\\p{L}\\p{N}'’-])";
  private static final String NAMES = "(?<names>" + NAME_WORD + "(?:[ \\t]" + NAME_WORD + "){0,2})";
  private static final String TITLE = "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Fru|Frk)\\.?[ \\t]+)?";
  private static final String NAME_ENDS_CLAUSE = "(?=[ \\t]*(?:[,.!:;)\\r\\n-]|$))";

  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  private static final Pattern GREETING =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?iu:hi|hiya|hello|hey|dear|greetings|good[ \\t](?:morning|afternoon"
              + "|evening)|hei|heisann|hallo|kjære|god[ \\t](?:morgen|dag|kveld))[ \\t]+"
              + TITLE
              + NAMES
              + NAME_ENDS_CLAUSE);

  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?iu:regards|kind[ \\t]regards|best[ \\t]regards|warm[ \\t]regards"
              + "|many[ \\t]thanks|thanks|thank[ \\t]you|cheers|sincerely|yours[ \\t]sincerely"
              + "|yours[ \\t]truly|yours[ \\t]faithfully|best[ \\t]wishes|all[ \\t]the[ \\t]best"
              + "|mvh|med[ \\t]vennlig[ \\t]hilsen|vennlig[ \\t]hilsen|vennleg[ \\t]helsing"
              + "|beste[ \\t]hilsen|hilsen|takk|tusen[ \\t]takk)"
              + "[ \\t]*[,.!:-]?[ \\t]*(?:\\r?\\n[ \\t]*)?"
              + TITLE
              + NAMES
              + "(?=[ \\t]*(?:\\r?\\n|$|[.,!;)]|-|@|(?iu:from|fra|at|på)(?![\\p{L}\\p{N}])))");

  /** Short sign-offs that are also ordinary words, so they only count at the start of a line. */
  private static final Pattern LINE_SIGN_OFF =
      Pattern.compile(
          "(?m)^[ \\t]*(?iu:best|br|love|hugs|xo|xoxo|hilsen|klem)[ \\t]*[,.!-]?[ \\t]*"
              + "(?:\\r?\\n[ \\t]*)?"
              + NAMES
              + "[ \\t]*$");

  /** "... sorry about that. -Becky" at the very end of a message, as support agents sign. */
  private static final Pattern DASH_SIGNATURE =
      Pattern.compile("(?<=\\S[ \\t])[-–~][ \\t]?" + NAMES + "[ \\t]*$");

  private static final Pattern INTRODUCTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?iu:my[ \\t]name[ \\t]is|my[ \\t]name's|i[ \\t]am[ \\t]called"
              + "|jeg[ \\t]heter|mitt[ \\t]navn[ \\t]er|navnet[ \\t]mitt[ \\t]er|full[ \\t]name:"
              + "|name:|fullt[ \\t]navn:|navn:)[ \\t]*"
              + TITLE
              + NAMES);

  /**
   * "this is John Smith from Acme", "Hei, dette er Kari Nordmann", "I'm Anna": counts when the
   * first word is a given name of the gazetteer, or when two or more capitalised words are followed
   * by "from", "fra", "hos" or "speaking" ("this is United Airlines at its worst" is not a name).
   */
  private static final Pattern SELF_REFERENCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?iu:this[ \\t]is|it's|it[ \\t]is|here[ \\t]is|i[ \\t]am|i'm"
              + "|dette[ \\t]er|det[ \\t]er|her[ \\t]er|jeg[ \\t]er)[ \\t]+"
              + TITLE
              + NAMES
              + "(?<follow>[ \\t]+(?iu:from|fra|hos|speaking)(?![\\p{L}\\p{N}]))?");

  @Override
  public void detect(String text, List<Finding> findings) {
    if (!hasUpperCase(text)) {
      return;
    }
    List<Finding> names = new ArrayList<>();
    addWhenNoStopWord(GREETING.matcher(text), names);
    addWhenNoStopWord(SIGN_OFF.matcher(text), names);
    addWhenNoStopWord(LINE_SIGN_OFF.matcher(text), names);
    addWhenNoStopWord(DASH_SIGNATURE.matcher(text), names);
    addUpToStopWord(INTRODUCTION.matcher(text), names);
    addSelfReferences(SELF_REFERENCE.matcher(text), names);
    if (!names.isEmpty()) {
      findings.addAll(names);
      addOtherOccurrences(text, names, findings);
    }
  }

  private static void addWhenNoStopWord(Matcher m, List<Finding> names) {
    while (m.find()) {
      String found = m.group("names");
      if (!NameStopWords.containsAny(found)) {
        names.add(new Finding(PiiType.PERSON_NAME, m.start("names"), m.end("names")));
      }
    }
  }

  private static void addUpToStopWord(Matcher m, List<Finding> names) {
    while (m.find()) {
      int kept = NameStopWords.lengthBeforeFirstStopWord(m.group("names"));
      if (kept > 0) {
        names.add(new Finding(PiiType.PERSON_NAME, m.start("names"), m.start("names") + kept));
      }
    }
  }

  private static void addSelfReferences(Matcher m, List<Finding> names) {
    while (m.find()) {
      int kept = NameStopWords.lengthBeforeFirstStopWord(m.group("names"));
      if (kept <= 0) {
        continue;
      }
      String found = m.group("names").substring(0, kept).strip();
      String first = BLANKS.split(found)[0];
      boolean several = found.indexOf(' ') > 0 || found.indexOf('\t') > 0;
      if (GivenNames.contains(first) || (several && m.group("follow") != null)) {
        names.add(
            new Finding(PiiType.PERSON_NAME, m.start("names"), m.start("names") + found.length()));
      }
    }
  }

  /** "Hi Kari, ... Kari's order": the name found in context is removed everywhere in the text. */
  private static void addOtherOccurrences(
      String text, List<Finding> names, List<Finding> findings) {
    Set<String> words = new LinkedHashSet<>();
    for (Finding name : names) {
      for (String word : BLANKS.split(text.substring(name.start(), name.end()))) {
        if (word.length() >= 3) {
          words.add(word);
        }
      }
    }
    for (String word : words) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
        int end = at + word.length();
        if (isWordBoundary(text, at - 1) && isWordBoundary(text, end)) {
          findings.add(new Finding(PiiType.PERSON_NAME, at, end));
        }
      }
    }
  }

  private static boolean isWordBoundary(String text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }

  private static boolean hasUpperCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
