package io.pulse.privacy;

/**
 * Cheap facts about a text, gathered in one pass so that {@link Redactor} can skip detectors whose
 * patterns cannot match ({@link PiiDetector#mayFind}). Every fact errs towards "maybe": a
 * supplementary character (surrogate) counts as a possible letter, number or upper-case letter.
 *
 * @param asciiDigits number of {@code 0-9} characters (what {@code \d} matches without the {@code
 *     U} flag)
 * @param longestDigitRun length of the longest run of consecutive {@code 0-9} characters
 * @param digitDotDigits number of dots with a {@code 0-9} digit on both sides
 * @param colons number of {@code :} characters
 * @param doubleColon whether {@code ::} occurs
 * @param mayHaveUpperCase whether some character is upper case or a surrogate
 * @param emailShape whether some {@code @} is followed by one or more domain-label characters and a
 *     dot, as every e-mail address is
 * @param ibanStart whether two letters {@code A-Z} are followed by two digits {@code 0-9}, as every
 *     IBAN starts
 * @param urlShape whether {@code ://} or {@code www.} in any case occurs
 */
record TextFacts(
    int asciiDigits,
    int longestDigitRun,
    int digitDotDigits,
    int colons,
    boolean doubleColon,
    boolean mayHaveUpperCase,
    boolean emailShape,
    boolean ibanStart,
    boolean urlShape) {

  static TextFacts of(String text) {
    int digits = 0;
    int run = 0;
    int longestRun = 0;
    int digitDotDigits = 0;
    int colons = 0;
    boolean doubleColon = false;
    boolean upper = false;
    boolean email = false;
    boolean iban = false;
    boolean url = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        longestRun = Math.max(longestRun, ++run);
        iban |=
            run >= 2
                && i >= 3
                && isAsciiUpper(text.charAt(i - 2))
                && isAsciiUpper(text.charAt(i - 3));
        continue;
      }
      run = 0;
      switch (c) {
        case '.' -> {
          digitDotDigits +=
              i > 0
                      && isAsciiDigit(text.charAt(i - 1))
                      && i + 1 < length
                      && isAsciiDigit(text.charAt(i + 1))
                  ? 1
                  : 0;
          // The URL pattern ignores case, so "Www." starts a URL as "www." does.
          url |= i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3);
        }
        case ':' -> {
          colons++;
          doubleColon |= i + 1 < length && text.charAt(i + 1) == ':';
          url |= text.startsWith("//", i + 1);
        }
        case '@' -> email |= domainLabelThenDot(text, i + 1);
        default -> upper |= Character.isUpperCase(c) || Character.isSurrogate(c);
      }
    }
    return new TextFacts(
        digits, longestRun, digitDotDigits, colons, doubleColon, upper, email, iban, url);
  }

  /** One or more characters that may belong to a domain label, then a dot. */
  private static boolean domainLabelThenDot(String text, int from) {
    int i = from;
    while (i < text.length() && mayBeLabelChar(text.charAt(i))) {
      i++;
    }
    return i > from && i < text.length() && text.charAt(i) == '.';
  }

  /** {@code [\p{L}\p{N}-]}, or half of a supplementary character. */
  private static boolean mayBeLabelChar(char c) {
    if (c == '-' || Character.isLetter(c) || Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
