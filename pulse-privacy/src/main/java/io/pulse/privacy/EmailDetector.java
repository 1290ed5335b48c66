package io.pulse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses: local part, {@code @}, dotted domain with an alphabetic top-level label. */
final class EmailDetector implements PiiDetector {

  // Possessive quantifiers: neither the local part nor a label can contain the character that
  // follows it, so giving back characters can never help and would only cost time. The label
  // count is bounded because java.util.regex recurses once per group repetition.
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++@(?:[\\p{L}\\p{N}-]++\\.){1,10}[\\p{L}]{2,24}"
              + "(?![\\p{L}\\p{N}])");

  /** An address needs {@code @}, a domain label and a dot. */
  @Override
  public boolean mayFind(TextFacts facts) {
    return facts.emailShape();
  }

  @Override
  public void detect(String text, List<Finding> findings) {
    if (text.indexOf('@') < 0) {
      return;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      findings.add(new Finding(PiiType.EMAIL, m.start(), m.end()));
    }
  }
}
