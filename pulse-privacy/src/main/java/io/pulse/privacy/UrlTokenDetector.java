package io.pulse.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs that carry something personal: a query or fragment parameter that names a token, key,
 * identity or session; any parameter value or path segment holding an e-mail address; user info
 * before the host; or a path segment that looks like a random token (UUID or a long letter/digit
 * mix, or any digit-bearing segment after {@code reset}, {@code verify}, {@code unsubscribe} ...).
 * The whole URL is replaced. Plain URLs such as {@code https://example.com/help} are kept.
 */
final class UrlTokenDetector implements PiiDetector {

  private static final Pattern URL =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])(?:https?://|www\\.)[^\\s<>\"'`{}|\\\\^\\[\\]“”‘’«»]++");

  /** Trailing characters that usually end the sentence rather than the URL. */
  private static final String TRAILING_PUNCTUATION = ".,;:!?)'\"";

  private static final Set<String> SENSITIVE_PARAMETERS =
      Set.of(
          "id",
          "uid",
          "cid",
          "sid",
          "user",
          "username",
          "userid",
          "user_id",
          "login",
          "email",
          "e-mail",
          "mail",
          "key",
          "apikey",
          "api_key",
          "secret",
          "code",
          "otp",
          "pin",
          "sig",
          "signature",
          "hash",
          "reset",
          "auth",
          "session",
          "sessionid",
          "session_id",
          "sess",
          "customer",
          "customerid",
          "customer_id",
          "account",
          "acct",
          "phone",
          "mobile",
          "tel",
          "name",
          "invite",
          "ssn",
          "dob");

  private static final List<String> SENSITIVE_PARAMETER_PARTS =
      List.of("token", "session", "email", "auth", "passw", "secret", "user");

  private static final Set<String> TOKEN_PATH_PREFIXES =
      Set.of(
          "reset",
          "reset-password",
          "password-reset",
          "verify",
          "verification",
          "confirm",
          "unsubscribe",
          "invite",
          "invitation",
          "activate",
          "activation",
          "token",
          "magic",
          "magic-link",
          "login",
          "auth",
          "session",
          "track",
          "u",
          "users",
          "user",
          "profile",
          "customer",
          "customers",
          "account",
          "accounts");

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Long token segments: at least this many characters ... */
  private static final int TOKEN_MIN_LENGTH = 16;

  /** ... and at least this many letter/digit alternations, which words and slugs lack. */
  private static final int TOKEN_MIN_ALTERNATIONS = 3;

  /** A URL needs {@code ://} or {@code www.} (in any case), as {@link #URL} does. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.urlShape();
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (isPersonal(text.substring(m.start(), end))) {
        findings.add(new Finding(PiiType.URL_TOKEN, m.start(), end));
      }
    }
  }

  static boolean isPersonal(String url) {
    int schemeEnd = url.indexOf("://");
    String rest = schemeEnd >= 0 ? url.substring(schemeEnd + 3) : url;
    int pathStart = indexOfAny(rest, "/?#");
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    if (authority.indexOf('@') >= 0) {
      return true;
    }
    if (pathStart < 0) {
      return false;
    }
    String afterHost = rest.substring(pathStart);
    int queryStart = indexOfAny(afterHost, "?#");
    String path = queryStart < 0 ? afterHost : afterHost.substring(0, queryStart);
    return personalPath(path)
        || (queryStart >= 0 && personalParameters(afterHost.substring(queryStart + 1)));
  }

  private static boolean personalPath(String path) {
    String previous = "";
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        if (looksLikeToken(segment)
            || containsEmail(segment)
            || (TOKEN_PATH_PREFIXES.contains(previous.toLowerCase(Locale.ROOT))
                && segment.length() >= 6
                && hasDigit(segment))) {
          return true;
        }
        previous = segment;
      }
    }
    return false;
  }

  private static boolean personalParameters(String query) {
    for (String parameter : query.split("[&;#?]")) {
      int eq = parameter.indexOf('=');
      if (eq <= 0 || eq == parameter.length() - 1) {
        continue;
      }
      String name = parameter.substring(0, eq).toLowerCase(Locale.ROOT);
      String value = parameter.substring(eq + 1);
      if (SENSITIVE_PARAMETERS.contains(name)
          || SENSITIVE_PARAMETER_PARTS.stream().anyMatch(name::contains)
          || containsEmail(value)
          || looksLikeToken(value)) {
        return true;
      }
    }
    return false;
  }

  static boolean looksLikeToken(String segment) {
    if (UUID.matcher(segment).find()) {
      return true;
    }
    if (segment.length() < TOKEN_MIN_LENGTH) {
      return false;
    }
    int alternations = 0;
    for (int i = 1; i < segment.length(); i++) {
      char a = segment.charAt(i - 1);
      char b = segment.charAt(i);
      if ((Character.isLetter(a) && Character.isDigit(b))
          || (Character.isDigit(a) && Character.isLetter(b))) {
        alternations++;
      }
    }
    return alternations >= TOKEN_MIN_ALTERNATIONS;
  }

  private static boolean containsEmail(String s) {
    int at = s.indexOf('@');
    if (at < 0) {
      at = s.toLowerCase(Locale.ROOT).indexOf("%40");
    }
    return at > 0 && s.indexOf('.', at) > at;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
