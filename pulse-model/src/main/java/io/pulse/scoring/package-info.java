/**
 * Sentiment (English, Norwegian) and emotion scoring with the CNN + BiLSTM model: dataset, trainer,
 * model, predictor (with occlusion explanations), evaluator. {@link io.pulse.scoring.Scoring} is
 * the public entry point; {@link io.pulse.scoring.Task} says what a model predicts.
 */
package io.pulse.scoring;
