package io.pulse.insight.api;

/**
 * One aspect in one week.
 *
 * @param week Monday of the ISO week (UTC days)
 * @param aspect aspect id
 * @param name aspect label
 * @param count interactions mentioning it
 * @param meanScore mean sentiment of the clauses naming it
 * @param negativeShare share with an aspect score of at most {@value AspectQueries#NEGATIVE}
 */
record AspectWeek(
    String week, String aspect, String name, long count, double meanScore, double negativeShare) {}
