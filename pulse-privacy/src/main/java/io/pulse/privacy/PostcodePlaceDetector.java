package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Norwegian postcode and place on their own ("0155 Oslo", "postnummer 5003 Bergen"): four digits
 * and one or two capitalised words that end the clause. A four-digit number that reads as a year
 * (1900-2099) counts only after a comma, a line break or a postcode word, so "in 2024 Oslo was
 * busy" is kept; so is a number after a word it belongs to ("flight 1234 Cancelled").
 */
final class PostcodePlaceDetector implements PiiDetector {

  private static final Pattern POSTCODE_PLACE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,:/-])(?<code>\\d{4})[ \\t]+\\p{Lu}[\\p{Ll}æøå]++(?:[ \\t]\\p{Lu}[\\p{Ll}æøå]++)?"
              + "(?=[ \\t]*(?:[,.;:!?)\\r\\n]|$))");
  private static final Pattern ADDRESS_CUE =
      Pattern.compile(
          "(?:[,\\r\\n]|(?iu:postnummer|postnr\\.?|poststed|adresse|address|bor i))[ \\t]*$");

  /** "flight 1234 Cancelled.", "order 5521 Shipped": the number belongs to the word before it. */
  private static final Pattern NUMBER_CUE =
      Pattern.compile(
          "(?iu:flight|fly|flyet|flyvning|order|ordre|invoice|faktura|nr\\.?|no\\.?|number|nummer"
              + "|room|rom|gate|seat|sete|rute|route|bus|buss|tog|train|case|sak|ticket|billett|pin"
              + "|kode|code|model|modell|version|versjon|år|year|since|siden|in|i)[ \\t#:]*$");

  /** Four digits and a capitalised place. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.longestDigitRun() >= 4 && facts.mayHaveUpperCase();
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = POSTCODE_PLACE.matcher(text);
    while (m.find()) {
      String context = text.substring(Math.max(0, m.start() - 16), m.start());
      if (NUMBER_CUE.matcher(context).find() && !ADDRESS_CUE.matcher(context).find()) {
        continue;
      }
      int code = Integer.parseInt(m.group("code"));
      if (code >= 1900 && code <= 2099) {
        if (!ADDRESS_CUE.matcher(context).find()) {
          continue;
        }
      }
      findings.add(new Finding(PiiType.ADDRESS, m.start(), m.end()));
    }
  }
}
