package io.pulse.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Sentiment of one period (and group).
 *
 * @param period first day of the period (ISO date; weeks start on Monday), absent for totals
 * @param group channel or product, absent when not grouped
 * @param count interactions
 * @param meanScore mean of the current scores, in [-1, 1]
 * @param shareNegative fraction labelled negative, in [0, 1]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AggregateRow(
    String period, String group, long count, double meanScore, double shareNegative) {}
