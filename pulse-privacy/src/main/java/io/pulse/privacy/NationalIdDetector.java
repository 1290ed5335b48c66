package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Norwegian national identity numbers: the fødselsnummer (birth date DDMMYY + individual number +
 * two check digits), the D-number (day + 40) and the H-number (month + 40), written as 11 digits or
 * as 6 + 5 with a space, dot or dash. A run counts only when both mod-11 check digits hold and the
 * date part is a real date, so ordinary 11-digit order or account numbers stay (about one random
 * 11-digit number in 350 passes both checks).
 */
final class NationalIdDetector implements PiiDetector {

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.,-])(\\d{6})[ .\\-\\u00A0]?(\\d{5})(?![\\p{L}\\p{N}_]|[.,]\\d)");

  private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** Eleven digits, the first six in one run. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.asciiDigits() >= 11 && facts.longestDigitRun() >= 6;
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      if (valid(m.group(1) + m.group(2))) {
        findings.add(new Finding(PiiType.NATIONAL_ID, m.start(), m.end()));
      }
    }
  }

  /** True for an 11-digit fødselsnummer, D-number or H-number with valid date and check digits. */
  static boolean valid(String digits) {
    if (digits.length() != 11) {
      return false;
    }
    int[] d = new int[11];
    for (int i = 0; i < 11; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      d[i] = c - '0';
    }
    int day = d[0] * 10 + d[1];
    int month = d[2] * 10 + d[3];
    if (day > 40) {
      day -= 40; // D-number
    }
    if (month > 40) {
      month -= 40; // H-number
    }
    if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
      return false;
    }
    int k1 = check(d, K1);
    if (k1 < 0 || k1 != d[9]) {
      return false;
    }
    int k2 = check(d, K2);
    return k2 >= 0 && k2 == d[10];
  }

  private static int check(int[] d, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * d[i];
    }
    int k = 11 - sum % 11;
    if (k == 11) {
      return 0;
    }
    return k == 10 ? -1 : k;
  }
}
