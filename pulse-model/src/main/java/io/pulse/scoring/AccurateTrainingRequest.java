package io.pulse.scoring;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Scoring#trainAccurate} trains the accurate model on.
 *
 * @param airlineTrain airline tweets, train split (all rows)
 * @param semevalTrain SemEval tweets, train split (a seeded sample; sarcasm rows held out)
 * @param extraTrain further labelled files (emotion polarity; CARER emotion labels are mapped to
 *     polarity), each a seeded sample of at most {@code extraCap} rows
 * @param neutralTrain business-neutral sentences and e-mail parts, repeated (small domains)
 * @param devs dev splits the epoch and the temperature are chosen on
 * @param output model directory to write
 * @param cache directory for the cached token states (not part of the model)
 * @param overrides hyper-parameters replaced by name (empty: the defaults of models/accurate)
 */
public record AccurateTrainingRequest(
    Path airlineTrain,
    Path semevalTrain,
    List<Path> extraTrain,
    List<Path> neutralTrain,
    List<Path> devs,
    Path output,
    Path cache,
    java.util.Map<String, String> overrides) {}
