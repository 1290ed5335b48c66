package io.pulse.feedback;

import io.pulse.retrain.RetrainingReport;
import java.time.OffsetDateTime;

/**
 * State of one retraining, as {@code GET /api/v1/models/retrain/{id}} shows it.
 *
 * @param id job id
 * @param requestedBy user (or {@code scheduler})
 * @param state {@code running}, {@code promoted}, {@code rejected} or {@code failed}
 * @param phase {@code queued}, {@code exporting}, {@code training}, {@code evaluating}, {@code
 *     done}
 * @param progress rough share done, 0 to 1 (training ends early when the dev score stops rising)
 * @param detail e.g. {@code net 1 epoch 3 batch 120/340}, or the failure
 * @param startedAt start
 * @param finishedAt end, or null while running
 * @param report the candidate and the gate's figures, once evaluated
 */
record RetrainJob(
    String id,
    String requestedBy,
    String state,
    String phase,
    double progress,
    String detail,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    RetrainingReport report) {

  RetrainJob with(String newState, String newPhase, double newProgress, String newDetail) {
    return new RetrainJob(
        id, requestedBy, newState, newPhase, newProgress, newDetail, startedAt, finishedAt, report);
  }

  RetrainJob finished(String newState, String newDetail, RetrainingReport newReport) {
    return new RetrainJob(
        id,
        requestedBy,
        newState,
        "done",
        1.0,
        newDetail,
        startedAt,
        OffsetDateTime.now(),
        newReport);
  }
}
