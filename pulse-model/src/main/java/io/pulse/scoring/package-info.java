/**
 * Sentiment scoring with the CNN + BiLSTM model: dataset, trainer, model, predictor, evaluator.
 * {@link io.pulse.scoring.Scoring} is the public entry point.
 */
package io.pulse.scoring;
