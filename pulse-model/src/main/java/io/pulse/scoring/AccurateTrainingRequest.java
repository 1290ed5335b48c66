package io.pulse.scoring;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Scoring#trainAccurate} trains the accurate model on.
 *
 * @param airlineTrain airline tweets, train split (all rows)
 * @param semevalTrain SemEval tweets, train split (a seeded sample; sarcasm rows held out)
 * @param extraTrain further labelled files used whole (emotion polarity)
 * @param neutralTrain business-neutral sentences, repeated (a small domain)
 * @param devs dev splits the epoch and the temperature are chosen on
 * @param output model directory to write
 * @param cache directory for the cached token states (not part of the model)
 * @param overrides hyper-parameters replaced by name (empty: the defaults of models/accurate)
 */
public record AccurateTrainingRequest(
    Path airlineTrain,
    Path semevalTrain,
    List<Path> extraTrain,
    Path neutralTrain,
    List<Path> devs,
    Path output,
    Path cache,
    java.util.Map<String, String> overrides) {}
