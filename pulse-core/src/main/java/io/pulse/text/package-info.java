/**
 * Text pipeline shared by every sentiment model: cleaning (HTML entities, URLs, mentions, hashtags,
 * emoji and emoticons, squeezed letters), Lucene tokenisation with negation-preserving stop words
 * and optional stemming, and a {@link io.pulse.text.Vocabulary} that turns tokens into padded id
 * sequences. {@link io.pulse.text.TextPipeline} is the entry point.
 */
package io.pulse.text;
