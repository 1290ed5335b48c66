package io.pulse.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The digit groups of a candidate number and the separators between them (parentheses dropped),
 * with the layout rules that tell phone numbers from dates, amounts and other numbers.
 *
 * @param groups the digit groups in order
 * @param separators {@code separators.get(i)} stands between group {@code i} and {@code i + 1}
 */
record DigitGroups(List<String> groups, List<String> separators) {

  static DigitGroups of(String run) {
    List<String> groups = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    StringBuilder separator = new StringBuilder();
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (Character.isDigit(c)) {
        if (group.isEmpty() && !groups.isEmpty()) {
          separators.add(separator.toString());
          separator.setLength(0);
        }
        group.append(c);
      } else {
        if (!group.isEmpty()) {
          groups.add(group.toString());
          group.setLength(0);
        }
        if (c != '(' && c != ')' && c != '+') {
          separator.append(c == '\u00A0' || c == '\u202F' ? ' ' : c);
        }
      }
    }
    if (!group.isEmpty()) {
      groups.add(group.toString());
    }
    return new DigitGroups(List.copyOf(groups), List.copyOf(separators));
  }

  int digitCount() {
    int count = 0;
    for (String group : groups) {
      count += group.length();
    }
    return count;
  }

  /**
   * True for a national phone layout: three or more groups (first 1-4 digits, the rest 2-4), or a
   * trunk-prefixed UK-style layout such as {@code 07700 900123}; separators after the first group
   * must agree.
   */
  boolean groupedLikePhone() {
    if (!consistentSeparatorsAfterFirst()) {
      return false;
    }
    if (groups.size() >= 3 && groups.get(0).length() <= 4) {
      boolean restFit = true;
      for (int i = 1; i < groups.size(); i++) {
        int length = groups.get(i).length();
        restFit &= length >= 2 && length <= 4;
      }
      if (restFit) {
        return true;
      }
    }
    return trunkPrefixed();
  }

  private boolean trunkPrefixed() {
    if (groups.size() < 2 || groups.size() > 3) {
      return false;
    }
    String first = groups.get(0);
    if (first.charAt(0) != '0' || first.length() < 3 || first.length() > 5) {
      return false;
    }
    for (int i = 1; i < groups.size(); i++) {
      int length = groups.get(i).length();
      if (length < 3 || length > 6) {
        return false;
      }
    }
    return true;
  }

  /** Layouts that are numbers but not phones: dates, time ranges, IPs, years, thousands. */
  boolean readsAsNumberNotPhone() {
    return !consistentSeparatorsAfterFirst()
        || isDate()
        || isIpAddress()
        || isYearList()
        || hasThousandsSeparators();
  }

  private boolean consistentSeparatorsAfterFirst() {
    for (int i = 2; i < separators.size(); i++) {
      if (!separators.get(i).equals(separators.get(1))) {
        return false;
      }
    }
    return true;
  }

  private boolean isDate() {
    if (groups.size() != 3 || !allSeparatorsAre("-", ".", "/")) {
      return false;
    }
    // Date parts have at most four digits; a longer group is no date (and would not fit an int).
    if (groups.stream().anyMatch(g -> g.length() > 4)) {
      return false;
    }
    int a = Integer.parseInt(groups.get(0));
    int b = Integer.parseInt(groups.get(1));
    int c = Integer.parseInt(groups.get(2));
    if (groups.get(0).length() == 4) {
      return isYear(a) && b >= 1 && b <= 12 && c >= 1 && c <= 31;
    }
    return groups.get(2).length() == 4 && isYear(c) && a >= 1 && a <= 31 && b >= 1 && b <= 31;
  }

  private boolean isIpAddress() {
    if (groups.size() != 4 || !allSeparatorsAre(".")) {
      return false;
    }
    for (String group : groups) {
      if (group.length() > 3 || Integer.parseInt(group) > 255) {
        return false;
      }
    }
    return true;
  }

  private boolean isYearList() {
    for (String group : groups) {
      if (group.length() != 4 || !isYear(Integer.parseInt(group))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasThousandsSeparators() {
    if (groups.size() < 2 || groups.get(0).length() > 3 || !allSeparatorsAre(" ", ".")) {
      return false;
    }
    for (int i = 1; i < groups.size(); i++) {
      if (groups.get(i).length() != 3) {
        return false;
      }
    }
    return true;
  }

  private boolean allSeparatorsAre(String... allowed) {
    for (String separator : separators) {
      if (!List.of(allowed).contains(separator)) {
        return false;
      }
    }
    String first = separators.isEmpty() ? "" : separators.get(0);
    return separators.stream().allMatch(first::equals);
  }

  private static boolean isYear(int value) {
    return value >= 1900 && value <= 2099;
  }
}
