/**
 * The learning loop: corrections (the gold label for analytics from then on), spot checks (a
 * stratified, low-confidence-favouring sample of scored interactions for review) and live
 * agreement, retraining with a no-regression gate, and the model registry behind the server's
 * hot-swappable scorer. {@link io.pulse.feedback.FeedbackController} is the public entry point;
 * everything else is package-private. Design and figures: docs/learning-loop.md.
 */
package io.pulse.feedback;
