package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * IBANs (ISO 13616): country code, two check digits and the country's BBAN, compact or grouped with
 * single spaces. The country's registered length decides where the IBAN ends; the candidate must
 * match the country's format and pass the mod-97 check, so mistyped IBANs are kept.
 */
final class IbanDetector implements PiiDetector {

  private static final Pattern IBAN_START = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}");

  private static final IBANValidator VALIDATOR = IBANValidator.getInstance();

  /** Every IBAN starts with two letters {@code A-Z} and two digits. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.ibanStart();
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = IBAN_START.matcher(text);
    int from = 0;
    while (m.find(from)) {
      int end = ibanEnd(text, m.start());
      if (end > 0) {
        findings.add(new Finding(PiiType.IBAN, m.start(), end));
        from = end;
      } else {
        from = m.start() + 1;
      }
      if (from >= text.length()) {
        return;
      }
    }
  }

  /** End offset of a valid IBAN starting at {@code start}, or -1. */
  private static int ibanEnd(String text, int start) {
    IBANValidator.Validator country = VALIDATOR.getValidator(text.substring(start, start + 2));
    if (country == null) {
      return -1;
    }
    int length = country.getIbanLength();
    StringBuilder compact = new StringBuilder(length);
    int i = start;
    while (i < text.length() && compact.length() < length) {
      char c = text.charAt(i);
      if (isIbanChar(c)) {
        compact.append(c);
        i++;
      } else if (c == ' ' && i + 1 < text.length() && isIbanChar(text.charAt(i + 1))) {
        i++;
      } else {
        return -1;
      }
    }
    boolean endsAtBoundary = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
    return compact.length() == length && endsAtBoundary && VALIDATOR.isValid(compact.toString())
        ? i
        : -1;
  }

  private static boolean isIbanChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
