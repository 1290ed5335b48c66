package io.pulse.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.CheckDigit;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Payment card numbers: 13 to 19 digits, optionally grouped by single spaces or dashes, starting
 * with a major-network digit (2 to 6: Mastercard, Amex, Diners, JCB, Visa, Discover, Maestro,
 * UnionPay) and passing the Luhn check. An order number that fails Luhn is kept.
 */
final class CardDetector implements PiiDetector {

  static final int MIN_DIGITS = 13;
  static final int MAX_DIGITS = 19;

  /**
   * A run of digit groups joined by single spaces or dashes. Bounded: java.util.regex recurses once
   * per group repetition, and 25 groups are more than any card layout needs.
   */
  private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\p{N})\\d++(?:[ -]\\d++){0,24}+");

  private static final CheckDigit LUHN = LuhnCheckDigit.LUHN_CHECK_DIGIT;

  /** At least {@link #MIN_DIGITS} digits. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.asciiDigits() >= MIN_DIGITS;
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      if (m.end() - m.start() >= MIN_DIGITS) {
        findInRun(text, m.start(), m.end(), findings);
      }
    }
  }

  /**
   * Tries every window of whole groups within the run, longest first from each start, so a card
   * written next to other numbers ("card 4111 1111 1111 1111 2 times") is still found.
   */
  private static void findInRun(String text, int runStart, int runEnd, List<Finding> findings) {
    List<int[]> groups = groups(text, runStart, runEnd);
    int first = 0;
    while (first < groups.size()) {
      int matchedLast = longestCardFrom(text, groups, first);
      if (matchedLast >= 0) {
        findings.add(new Finding(PiiType.CARD, groups.get(first)[0], groups.get(matchedLast)[1]));
        first = matchedLast + 1;
      } else {
        first++;
      }
    }
  }

  private static int longestCardFrom(String text, List<int[]> groups, int first) {
    StringBuilder digits = new StringBuilder(MAX_DIGITS);
    int found = -1;
    for (int last = first; last < groups.size(); last++) {
      digits.append(text, groups.get(last)[0], groups.get(last)[1]);
      if (digits.length() > MAX_DIGITS) {
        break;
      }
      if (digits.length() >= MIN_DIGITS && isCardNumber(digits)) {
        found = last;
      }
    }
    return found;
  }

  static boolean isCardNumber(CharSequence digits) {
    char network = digits.charAt(0);
    return network >= '2' && network <= '6' && LUHN.isValid(digits.toString());
  }

  private static List<int[]> groups(String text, int start, int end) {
    List<int[]> groups = new ArrayList<>();
    int groupStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || !Character.isDigit(text.charAt(i))) {
        groups.add(new int[] {groupStart, i});
        groupStart = i + 1;
      }
    }
    return groups;
  }
}
