/**
 * Deeper understanding of a message in one batched pass: language routing (English model, Norwegian
 * model, anything else unscored), lexicon fallback, mixed sentiment at clause level, aspects with
 * their own sentiment, emotions, and on-demand explanations. {@link
 * io.pulse.insight.MessageAnalyzer} is the entry point; {@link io.pulse.insight.Analysis} its
 * result.
 */
package io.pulse.insight;
