/**
 * Retraining with a no-regression gate: trains a candidate model on the original training data plus
 * staff corrections, evaluates it and the active model on a fixed held-out set and on held-out
 * corrections, and accepts the candidate only when it does not regress. {@link
 * io.pulse.retrain.Retraining} is the public entry point; the server's learning loop ({@code
 * io.pulse.feedback}) and {@code pulse retrain} both use it.
 */
package io.pulse.retrain;
