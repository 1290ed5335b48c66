package io.pulse.aspects;

/**
 * A frequent phrase that no aspect of the taxonomy covers.
 *
 * @param phrase the phrase as it most often appears (lower case)
 * @param messages how many messages contain it
 */
public record KeyPhrase(String phrase, int messages) {}
