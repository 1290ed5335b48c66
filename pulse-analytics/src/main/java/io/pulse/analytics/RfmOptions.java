package io.pulse.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Options of an RFM run.
 *
 * @param referenceDate recency is counted in days up to this date, and only transactions before it
 *     count; {@code null} means the day after the last transaction (2011-12-10 for Online Retail)
 * @param rules R x F segment map
 */
public record RfmOptions(LocalDate referenceDate, SegmentRules rules) {

  /** Checks that rules are present. */
  public RfmOptions {
    Objects.requireNonNull(rules, "rules");
  }

  /** Default reference date and the standard ten segments. */
  public static RfmOptions defaults() {
    return new RfmOptions(null, SegmentRules.standard());
  }

  /** Copy with another reference date ({@code null}: day after the last transaction). */
  public RfmOptions withReferenceDate(LocalDate date) {
    return new RfmOptions(date, rules);
  }

  /** Copy with other segment rules. */
  public RfmOptions withRules(SegmentRules segmentRules) {
    return new RfmOptions(referenceDate, segmentRules);
  }
}
