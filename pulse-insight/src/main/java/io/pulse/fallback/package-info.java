/**
 * Keeps scoring running when the deep model cannot load or fails: a lexicon scorer with word lists
 * written for Pulse (English and Norwegian, negation-aware) and {@link
 * io.pulse.fallback.ResilientScorer}, the entry point, which uses the model and falls back to the
 * lexicon per batch, flagging the scores it produced so they can be re-scored later.
 */
package io.pulse.fallback;
