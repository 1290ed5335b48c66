/**
 * Query side: stored interactions with their current scores, filtered and paginated, a customer's
 * timeline by pseudonym, and aggregates (count, mean score, share negative) by day or week and by
 * channel or product. {@link io.pulse.interactions.InteractionQueryController} is the entry point.
 */
package io.pulse.interactions;
