package io.pulse.store;

import java.time.Instant;

/**
 * The text of a stored interaction to (re-)score.
 *
 * @param id database id of the interaction
 * @param text its redacted text
 * @param language the language the sender declared, or null
 * @param enqueuedAt when it was queued for scoring (null when it is not queued)
 * @param attempts failed scoring attempts so far
 */
public record QueuedInteraction(
    long id, String text, String language, Instant enqueuedAt, int attempts) {}
