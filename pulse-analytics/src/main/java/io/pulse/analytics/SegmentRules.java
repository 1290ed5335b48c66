package io.pulse.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The R x F segment map: the first matching rule names the segment; a score pair that no rule
 * matches gets {@value #UNMATCHED}.
 *
 * @param rules rules in priority order
 */
public record SegmentRules(List<SegmentRule> rules) {

  /** Segment of customers whose scores no rule matches. */
  public static final String UNMATCHED = "unsegmented";

  /** Segments that are worth saving when their sentiment drops. */
  public static final List<String> VALUABLE = List.of("champions", "loyal customers", "can't lose");

  /** Copies the rules. */
  public SegmentRules {
    rules = List.copyOf(rules);
  }

  /**
   * The usual ten-segment map (the regex map of the common pandas recipe): {@code [1-2][1-2]}
   * hibernating, {@code [1-2][3-4]} at risk, {@code [1-2]5} can't lose, {@code 3[1-2]} about to
   * sleep, {@code 33} need attention, {@code [3-4][4-5]} loyal customers, {@code 41} promising,
   * {@code 51} new customers, {@code [4-5][2-3]} potential loyalists, {@code 5[4-5]} champions.
   */
  public static SegmentRules standard() {
    return new SegmentRules(
        List.of(
            new SegmentRule("[1-2][1-2]", "hibernating"),
            new SegmentRule("[1-2][3-4]", "at risk"),
            new SegmentRule("[1-2]5", "can't lose"),
            new SegmentRule("3[1-2]", "about to sleep"),
            new SegmentRule("33", "need attention"),
            new SegmentRule("[3-4][4-5]", "loyal customers"),
            new SegmentRule("41", "promising"),
            new SegmentRule("51", "new customers"),
            new SegmentRule("[4-5][2-3]", "potential loyalists"),
            new SegmentRule("5[4-5]", "champions")));
  }

  /**
   * Parses rules, one per line as {@code pattern=segment}; blank lines and lines starting with
   * {@code #} are ignored.
   *
   * @param source file name used in error messages
   * @throws IllegalArgumentException naming the source and line of a bad rule
   */
  public static SegmentRules parse(List<String> lines, String source) {
    List<SegmentRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      String where = source + " line " + (i + 1) + ": ";
      if (equals <= 0) {
        throw new IllegalArgumentException(
            where + "expected 'pattern=segment', found '" + line + "'");
      }
      try {
        rules.add(
            new SegmentRule(line.substring(0, equals).strip(), line.substring(equals + 1).strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(source + ": no segment rules found");
    }
    return new SegmentRules(rules);
  }

  /** Segment of R score {@code recency} and F score {@code frequency}. */
  public String segmentOf(int recency, int frequency) {
    for (SegmentRule rule : rules) {
      if (rule.matches(recency, frequency)) {
        return rule.segment();
      }
    }
    return UNMATCHED;
  }
}
