package io.pulse.dashboard;

import java.time.Instant;

/**
 * One customer's stored interactions in short.
 *
 * @param customer pseudonym ({@code c_} + 24 hex)
 * @param interactions stored interactions
 * @param meanScore mean current score
 * @param negatives interactions labelled negative
 * @param firstAt first interaction
 * @param lastAt latest interaction
 */
record CustomerSummary(
    String customer,
    long interactions,
    double meanScore,
    long negatives,
    Instant firstAt,
    Instant lastAt) {}
