/**
 * Scores: the one owner of stored interactions and their scores in the server. {@link
 * io.pulse.scores.Scores} accepts interactions (stored as pending and queued in one transaction),
 * answers waits for their scores, corrects and re-scores; scoring workers score the queue in
 * micro-batches behind the request path. Every write goes through the plain-JDBC rules of {@link
 * io.pulse.store.InteractionStore}; events ({@link io.pulse.scores.InteractionsScored}, {@link
 * io.pulse.store.ScoreChanged}) are published here only. {@link io.pulse.scores.RescoreController}
 * is the HTTP side.
 */
package io.pulse.scores;
