package io.pulse.insight;

/**
 * A text to analyse.
 *
 * @param text the (redacted) text
 * @param declaredLanguage the language the sender declared (BCP 47), or null
 */
public record Message(String text, String declaredLanguage) {}
