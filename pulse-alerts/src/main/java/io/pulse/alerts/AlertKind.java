package io.pulse.alerts;

/** Why an alert was raised. At most one unresolved alert exists per series and kind. */
public enum AlertKind {
  /** One interaction scored orange or red; the series is its customer. */
  NEGATIVE_INTERACTION,
  /** One interaction scored above the success-story threshold; the series is its customer. */
  SUCCESS_STORY,
  /** The rolling window mean of a series is orange or red. */
  AGGREGATE_BAND,
  /** The rolling window mean dropped significantly below its baseline (z-score). */
  TREND_DROP,
  /** The share of negative interactions rose significantly above its baseline (z-score). */
  NEGATIVE_SHARE,
  /** The number of negative interactions in the rolling window reached the threshold. */
  NEGATIVE_COUNT,
  /**
   * The customer's last turns of one conversation fell by more than the configured step; the series
   * is the conversation.
   */
  CONVERSATION_ESCALATING;

  /** Whether this kind describes a trend of a series rather than one interaction or its band. */
  public boolean isTrend() {
    return this == TREND_DROP || this == NEGATIVE_SHARE || this == NEGATIVE_COUNT;
  }
}
