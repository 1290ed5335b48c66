package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// The detector as it was before the cheap pre-checks and their speed-ups: the reference that
// PreCheckDifferentialTest compares the optimised code with. Do not optimise this copy.
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
final class BaselineAddressDetector implements PiiDetector {

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

  @Override
  public void detect(String text, List<Finding> findings) {
    if (!hasDigit(text)) {
      return;
    }
    addAll(ENGLISH.matcher(text), findings);
    addAll(NORWEGIAN.matcher(text), findings);
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
