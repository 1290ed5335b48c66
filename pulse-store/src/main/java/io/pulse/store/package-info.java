/**
 * The store of interactions and their scores, on plain JDBC: {@link
 * io.pulse.store.InteractionStore} is the one entry point that writes the tables {@code
 * interactions}, {@code scores}, {@code interaction_aspects} and {@code scoring_queue}, whose
 * Flyway migrations ship in this module ({@code db/migration}, plus {@code db/vendor/h2} or {@code
 * db/vendor/postgresql}).
 */
package io.pulse.store;
