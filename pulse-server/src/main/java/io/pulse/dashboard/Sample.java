package io.pulse.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * A sample message for the drill-down. Only redacted text and the customer's pseudonym; no external
 * id (it may be a source-system reference).
 *
 * @param id stored interaction id
 * @param occurredAt when it happened
 * @param channel channel
 * @param product product, may be null
 * @param topics its topics (tags)
 * @param customer customer pseudonym
 * @param label current sentiment label
 * @param score current score in [-1, 1]
 * @param text redacted text: render as text, never as HTML
 */
record Sample(
    long id,
    Instant occurredAt,
    String channel,
    String product,
    List<String> topics,
    String customer,
    String label,
    double score,
    String text) {}
