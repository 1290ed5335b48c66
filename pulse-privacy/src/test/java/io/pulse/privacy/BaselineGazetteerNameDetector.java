package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// The detector as it was before the cheap pre-checks and their speed-ups: the reference that
// PreCheckDifferentialTest compares the optimised code with. Do not optimise this copy.
/**
 * Person names anywhere in running text, by the first-name gazetteer ({@link GivenNames}) plus
 * capitalisation: a capitalised given name, with up to two capitalised words after it as its
 * surname ("Maria Garcia", "Kari Nordmann"). A given name that is also an ordinary word, place or
 * brand ("Will", "Per", "Charlotte", "Dallas") is left to the naming contexts of {@link
 * BaselinePersonNameDetector} (greetings, sign-offs, introductions): in running text "Charlotte
 * Cancelled" is a city. Words on {@link NameStopWords} never count as surnames.
 */
final class BaselineGazetteerNameDetector implements PiiDetector {

  private static final String NAME_WORD =
      "\\p{Lu}(?:\\p{Ll}++(?:['’]\\p{Lu}?\\p{Ll}++)?|['’]\\p{Lu}\\p{Ll}++)(?:-\\p{Lu}\\p{Ll}++)?"
          + "(?![\\p{L}\\p{N}'’-])";
  private static final Pattern WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@#_'’-])\\p{Lu}\\p{Ll}++(?:-\\p{Lu}\\p{Ll}++)?(?![\\p{L}\\p{N}'’-])");
  private static final Pattern SURNAME = Pattern.compile("\\G[ \\t]" + NAME_WORD);

  /**
   * "St Louis", "San Jose", "Lake Victoria", "Fort William", "Playa del Carmen": a place, not a
   * person.
   */
  private static final Pattern PLACE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:St|St\\.|Ste|Saint|San|Santa|Sankt|Fort|Port|Lake|Mount|Mt|Mt\\.|Cape|Glen|New)"
              + "|[Hh]otel|[Aa]irport|\\b(?:del|de|la|las|los|di|da|do))[ \\t]$");

  /** "Victoria Station", "Charlotte Airport", "Jacob gate": a place named after a person. */
  private static final java.util.Set<String> PLACE_AFTER =
      java.util.Set.of(
          "Airport",
          "Station",
          "Street",
          "Road",
          "Avenue",
          "Square",
          "Bridge",
          "Hotel",
          "Park",
          "Centre",
          "Center",
          "Hall",
          "Arena",
          "Lufthavn",
          "Stasjon",
          "Plass",
          "Torg",
          "Gate",
          "Vei",
          "Veien",
          "Gata",
          "Allé",
          "Terminal",
          "International",
          "Airlines",
          "Airways");

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = WORD.matcher(text);
    Matcher surname = SURNAME.matcher(text);
    while (m.find()) {
      String first = m.group();
      if (!GivenNames.contains(first) || GivenNames.ambiguous(first)) {
        continue;
      }
      if (PLACE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 9), m.start())).find()) {
        continue;
      }
      int end = m.end();
      int surnames = 0;
      while (surnames < 2 && surname.find(end)) {
        String word = surname.group().strip();
        if (NameStopWords.containsAny(word) || PLACE_AFTER.contains(word)) {
          if (PLACE_AFTER.contains(word)) {
            surnames = -1;
          }
          break;
        }
        end = surname.end();
        surnames++;
      }
      if (surnames < 0) {
        continue;
      }
      findings.add(new Finding(PiiType.PERSON_NAME, m.start(), end));
      if (end > m.end()) {
        m.region(end, text.length());
      }
    }
  }
}
