/**
 * Domain values shared by every Pulse module: sentiment labels and scores, channels, and the {@link
 * io.pulse.core.SentimentScorer} contract that the model, the server and the CLI meet at.
 */
package io.pulse.core;
