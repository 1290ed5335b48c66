package io.pulse.insight.api;

/**
 * Two aspects together.
 *
 * @param first aspect id (alphabetically first)
 * @param second the other aspect id
 * @param together interactions mentioning both
 * @param bothNegative of those, how many are negative about both
 * @param weeklyNegativeCorrelation Pearson correlation of the weekly counts of negative mentions of
 *     the two aspects (e.g. waiting-time complaints rising with bad product reviews); null with
 *     fewer than three weeks or no variation
 * @param weeks how many weeks the correlation spans
 */
record AspectPair(
    String first,
    String second,
    long together,
    long bothNegative,
    Double weeklyNegativeCorrelation,
    int weeks) {}
