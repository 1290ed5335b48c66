package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP addresses: IPv4 in dotted decimal (each part 0-255, not inside a longer dotted number such as
 * a version {@code 1.2.3.4.5}) and IPv6 in its textual forms (eight groups, or fewer with one
 * {@code ::}, optionally ending in an IPv4 part); clock times such as {@code 10:30:00} are not
 * addresses.
 */
final class IpAddressDetector implements PiiDetector {

  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.]|\\d\\.)"
              + OCTET
              + "(?:\\."
              + OCTET
              + "){3}(?![\\p{L}\\p{N}_]|\\.\\d)");
  private static final Pattern IPV4_EXACT = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
  private static final Pattern IPV6 =
      Pattern.compile("(?<![\\p{L}\\p{N}_:.])[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}(?![\\p{L}\\p{N}_:])");

  /**
   * IPv4 has three dots between digits; IPv6 has {@code ::} or at least six colons (eight groups,
   * or six and an IPv4 part).
   */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.digitDotDigits() >= 3 || facts.doubleColon() || facts.colons() >= 6;
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher v4 = IPV4.matcher(text);
    while (v4.find()) {
      findings.add(new Finding(PiiType.IP_ADDRESS, v4.start(), v4.end()));
    }
    if (text.indexOf(':') < 0) {
      return;
    }
    Matcher v6 = IPV6.matcher(text);
    while (v6.find()) {
      String candidate = v6.group();
      int end = v6.end();
      // a trailing dot ends the sentence, not the address
      while (candidate.endsWith(".")) {
        candidate = candidate.substring(0, candidate.length() - 1);
        end--;
      }
      if (isIpv6(candidate)) {
        findings.add(new Finding(PiiType.IP_ADDRESS, v6.start(), end));
      }
    }
  }

  static boolean isIpv6(String s) {
    if (s.indexOf(':') < 0 || s.length() < 3) {
      return false;
    }
    int doubleColon = s.indexOf("::");
    if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String head = s;
    int groupsNeeded = 8;
    int lastColon = s.lastIndexOf(':');
    String tail = s.substring(lastColon + 1);
    if (tail.indexOf('.') >= 0) {
      if (!IPV4_EXACT.matcher(tail).matches()) {
        return false;
      }
      head = s.substring(0, lastColon + 1);
      if (head.endsWith("::")) {
        head = head + "0";
        groupsNeeded = 7;
      } else {
        head = head.substring(0, head.length() - 1);
        groupsNeeded = 6;
      }
    } else if (s.indexOf('.') >= 0) {
      return false;
    }
    if (doubleColon < 0) {
      String[] groups = head.split(":", -1);
      if (groups.length != groupsNeeded) {
        return false;
      }
      for (String g : groups) {
        if (!hexGroup(g)) {
          return false;
        }
      }
      return true;
    }
    String[] sides = head.split("::", -1);
    int count = 0;
    for (String side : sides) {
      if (side.isEmpty()) {
        continue;
      }
      for (String g : side.split(":", -1)) {
        if (!hexGroup(g)) {
          return false;
        }
        count++;
      }
    }
    return count < groupsNeeded && (count >= 1 || s.equals("::"));
  }

  private static boolean hexGroup(String g) {
    if (g.isEmpty() || g.length() > 4) {
      return false;
    }
    for (int i = 0; i < g.length(); i++) {
      if (Character.digit(g.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
