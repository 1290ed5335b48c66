/**
 * Language detection for routing: which model may score a text. {@link
 * io.pulse.language.LanguageDetection} is the entry point; it wraps Lingua restricted to a fixed
 * set of European languages (speed and memory) and falls back to the declared or default language
 * only when a text has too little signal.
 */
package io.pulse.language;
