package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers with 8 to 15 digits. A digit run counts as a phone number when it is written
 * internationally ({@code +47 ...}, {@code +1 (555) ...}, {@code 0044 ...}), when a cue such as
 * "phone", "call me at", "ring meg på" or "mobil" comes right before it, or when it is grouped like
 * a phone number ({@code 912 34 567}, {@code 555-123-4567}, {@code 020 7946 0958}).
 *
 * <p>Runs are kept when an order, purchase, invoice, case, tag or account word comes right before
 * them (also for a list of such numbers, and for {@code 00}-prefixed runs; only a {@code +} prefix
 * beats it), when a currency is next to them, or when they read as a date, a time range, an IP
 * address, a list of years or a number with thousands separators.
 */
final class PhoneDetector implements PiiDetector {

  static final int MIN_DIGITS = 8;
  static final int MAX_DIGITS = 15;

  /**
   * "00" + country code + subscriber number; shorter "00..." runs are zero-padded ids such as
   * purchase numbers.
   */
  private static final int INTERNATIONAL_00_MIN_DIGITS = 10;

  /** How far back a cue may start; cues are anchored to the number, so this only bounds work. */
  private static final int CUE_WINDOW = 64;

  /**
   * Digits joined by at most one separator (space, no-break space, dot, dash) and parentheses.
   * Every iteration must consume a digit, and the loop is possessive, so matching is linear; it is
   * bounded (40 digits, far beyond {@link #MAX_DIGITS}) because java.util.regex recurses once per
   * group repetition.
   */
  private static final Pattern RUN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_+\\-./@#=:$€£¥])(?:\\+|\\(\\+?)?\\d"
              + "(?:(?:[ \\u00A0\\u202F.\\-]|\\)[ \\u00A0\\u202F.\\-]?|[ \\u00A0\\u202F.\\-]?\\()?\\d){0,39}+");

  private static final Pattern POSITIVE_CUE =
      Pattern.compile(
          "(?iuU)\\b(?:phone|telephone|tel|tlf|telefon|telefonnummer|mobil|mobile|mobilnummer|mob"
              + "|cell|cellphone|call(?:\\s+(?:me|us))?|ring(?:\\s+(?:me|meg|oss))?|sms"
              + "|text(?:\\s+me)?|whatsapp|reach\\s+me|nå\\s+meg|number|nummer)\\b"
              + "(?:[\\s:.,=()-]|\\b(?:is|on|at|på|er|no|nr|number|nummer|direct|direkte)\\b){0,8}$");

  private static final Pattern NEGATIVE_CUE =
      Pattern.compile(
          "(?iuU)(?:#|\\b[A-Z]{2}\\d{2}(?:[ ][A-Z0-9]{4}){0,7}[ ]$|\\b(?:iban|order|ordre|ordrenummer|ordrenr|invoice|faktura|fakturanummer|reference"
              + "|ref|ticket|case|sak|saksnummer|tracking|sporing|sporingsnummer|konto"
              + "|kontonummer|account|kid|booking|bestilling|bestillingsnummer|confirmation"
              + "|transaction|purchase|tag|dpci|upc|ean|isbn|receipt|kvittering|flight|fly|id|serial|item|sku|customer|kunde"
              + "|kundenummer|member|membership|medlemsnummer|org|orgnr|organisasjonsnummer)\\b)"
              + "(?:[\\s:.,=#()/&-]|\\d{1,12}+|\\b(?:no|nr|number|numbers|nummer|nos|id|is|er|are|and|og|or"
              + "|eller)\\b){0,24}$");

  private static final Pattern CURRENCY_BEFORE =
      Pattern.compile("(?iuU)(?:[$€£¥]|\\b(?:kr|nok|usd|eur|gbp|sek|dkk))\\.?\\s?$");

  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(
          "(?iuU)^(?:\\s?(?:kr\\b|nok\\b|usd\\b|eur\\b|gbp\\b|sek\\b|dkk\\b|kroner|dollars?|euros?"
              + "|pounds?|%)|,-)");

  /** At least {@link #MIN_DIGITS} digits. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.asciiDigits() >= MIN_DIGITS;
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      if (m.end() - m.start() >= MIN_DIGITS && isPhone(text, m.start(), m.end())) {
        findings.add(new Finding(PiiType.PHONE, m.start(), m.end()));
      }
    }
  }

  private static boolean isPhone(String text, int start, int end) {
    if (end < text.length() && continuesToken(text, end)) {
      return false;
    }
    String run = text.substring(start, end);
    DigitGroups groups = DigitGroups.of(run);
    if (groups.digitCount() < MIN_DIGITS || groups.digitCount() > MAX_DIGITS) {
      return false;
    }
    if (run.startsWith("+") || run.startsWith("(+")) {
      return true;
    }
    String before = text.substring(Math.max(0, start - CUE_WINDOW), start);
    if (NEGATIVE_CUE.matcher(before).find()) {
      return false;
    }
    if (startsWithInternationalPrefix(run, groups)) {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + 10));
    if (CURRENCY_BEFORE.matcher(before).find()
        || CURRENCY_AFTER.matcher(after).find()
        || groups.readsAsNumberNotPhone()) {
      return false;
    }
    return POSITIVE_CUE.matcher(before).find() || groups.groupedLikePhone();
  }

  /** A letter, digit, {@code @} or a decimal part right after the run makes it part of a token. */
  private static boolean continuesToken(String text, int end) {
    char next = text.charAt(end);
    if (Character.isLetterOrDigit(next) || next == '@' || next == '/' || next == '_') {
      return true;
    }
    return (next == ',' || next == '.' || next == ':')
        && end + 1 < text.length()
        && Character.isDigit(text.charAt(end + 1));
  }

  private static boolean startsWithInternationalPrefix(String run, DigitGroups groups) {
    return run.startsWith("00")
        && run.length() > 2
        && run.charAt(2) != '0'
        && groups.digitCount() >= INTERNATIONAL_00_MIN_DIGITS;
  }
}
