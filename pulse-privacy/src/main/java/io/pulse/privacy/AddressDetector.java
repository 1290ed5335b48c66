package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses in English and Norwegian layouts, optionally followed by a postcode and city.
 *
 * <ul>
 *   <li>English: house number, one to three capitalised words and a street suffix ({@code 221B
 *       Baker Street}, {@code 10 Downing St.}, {@code 1600 Pennsylvania Avenue NW}), optionally
 *       with a flat/suite and {@code City, ST 12345} or a UK postcode.
 *   <li>Norwegian: a compound street name ({@code Storgata 12}, {@code Kirkeveien 64B}) or
 *       capitalised words ending in a genitive before {@code gate}/{@code vei}/{@code veg} ({@code
 *       Karl Johans gate 5}), or before {@code allé}/{@code plass}, then the house number and
 *       optionally {@code 0155 Oslo}.
 * </ul>
 */
final class AddressDetector implements PiiDetector {

  private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*+";
  private static final String GAP = "[ \\t]++";

  private static final String ENGLISH_SUFFIX =
      "(?:[Ss]treet|St|[Rr]oad|Rd|[Aa]venue|Ave|[Ll]ane|Ln|[Dd]rive|Dr|[Bb]oulevard|Blvd|[Cc]ourt"
          + "|Ct|[Pp]lace|Pl|[Ww]ay|[Tt]errace|[Cc]lose|[Cc]rescent|[Ss]quare|Sq|[Hh]ighway|Hwy"
          + "|[Pp]arkway|Pkwy|[Gg]ardens|[Mm]ews|[Hh]ill|[Rr]ow|[Ww]alk)\\b\\.?";

  private static final String UK_POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}\\b";
  private static final String US_STATE_ZIP = "[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?\\b";

  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?"
              + GAP
              + "(?:"
              + WORD
              + GAP
              + "){1,3}"
              + ENGLISH_SUFFIX
              + "(?:[ \\t]+(?:NW|NE|SW|SE|N|S|E|W)\\b)?"
              + "(?:,?[ \\t]*(?:Apt|Apartment|Suite|Unit|Flat)\\.?[ \\t]*\\w{1,5})?"
              + "(?:,[ \\t]*"
              + WORD
              + "(?:[ \\t]"
              + WORD
              + ")?,?[ \\t]+(?:"
              + US_STATE_ZIP
              + "|"
              + UK_POSTCODE
              + ")|,?[ \\t]+"
              + UK_POSTCODE
              + ")?");

  private static final String NORWEGIAN_COMPOUND =
      "(?:gata|gaten|gate|veien|vegen|vei|veg|allé|alle|plass|plassen|stien|bakken|torget"
          + "|svingen|kroken|brygge|bryggen)";

  private static final String NORWEGIAN_NUMBER =
      "\\d{1,4}(?:[A-Za-z]|[ \\t][A-Z])?(?![\\p{L}\\p{N}])";

  private static final String NORWEGIAN_POSTCODE =
      "(?:,?[ \\t]+\\d{4}[ \\t]+\\p{Lu}[\\p{L}-]++(?:[ \\t]\\p{Lu}[\\p{L}-]++)?)?";

  private static final Pattern NORWEGIAN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]*?"
              + NORWEGIAN_COMPOUND
              + "|(?:"
              + WORD
              + GAP
              + "){0,2}\\p{Lu}[\\p{L}-]*\\p{Ll}s"
              + GAP
              + "(?:[Gg]ate|[Gg]ata|[Vv]ei|[Vv]eg)"
              + "|(?:"
              + WORD
              + GAP
              + "){1,2}(?:allé|alle|plass))"
              + GAP
              + NORWEGIAN_NUMBER
              + NORWEGIAN_POSTCODE);

  /** Everything {@link #NORWEGIAN} allows right before the blanks and the house number. */
  private static final List<String> NORWEGIAN_STREET_ENDS =
      List.of(
          "gata", "gaten", "gate", "veien", "vegen", "vei", "veg", "allé", "alle", "plass",
          "plassen", "stien", "bakken", "torget", "svingen", "kroken", "brygge", "bryggen", "Gate",
          "Gata", "Vei", "Veg");

  /** A house number and a capitalised word. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.asciiDigits() > 0 && facts.mayHaveUpperCase();
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    if (!hasDigit(text)) {
      return;
    }
    // Each pattern scans from every position; the characters around the house number rule most
    // texts out much more cheaply.
    if (mayBeEnglish(text)) {
      addAll(ENGLISH.matcher(text), findings);
    }
    if (mayBeNorwegian(text)) {
      addAll(NORWEGIAN.matcher(text), findings);
    }
  }

  /**
   * Whether a digit is followed by at most one letter, blanks and a capital (or a surrogate, half
   * of a possible capital), as the house number and first street word of {@link #ENGLISH} are.
   */
  private static boolean mayBeEnglish(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        continue;
      }
      int j = i + 1;
      if (j < length && isAsciiLetter(text.charAt(j))) {
        j++;
      }
      int name = skipBlanks(text, j);
      if (name > j && name < length) {
        char c = text.charAt(name);
        if (Character.isUpperCase(c) || Character.isSurrogate(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a digit follows blanks that follow a street name ending of {@link #NORWEGIAN}. */
  private static boolean mayBeNorwegian(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i)) || !isBlank(text.charAt(i - 1))) {
        continue;
      }
      int streetEnd = i - 1;
      while (streetEnd > 0 && isBlank(text.charAt(streetEnd - 1))) {
        streetEnd--;
      }
      for (String end : NORWEGIAN_STREET_ENDS) {
        if (text.startsWith(end, streetEnd - end.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void addAll(Matcher m, List<Finding> findings) {
    while (m.find()) {
      findings.add(new Finding(PiiType.ADDRESS, m.start(), m.end()));
    }
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
