package io.pulse.feedback;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * State of one retraining, as {@code GET /api/v1/models/retrain/{id}} shows it and {@code
 * retrain_jobs} keeps it.
 *
 * @param id job id
 * @param requestedBy user (or {@code scheduler})
 * @param state {@code running}, then {@code promoted}, {@code rejected}, {@code failed}, {@code
 *     cancelled} or {@code interrupted} (the server stopped while it ran)
 * @param phase {@code queued}, {@code exporting}, {@code training}, {@code evaluating}, {@code
 *     registering}, {@code done}
 * @param progress rough share done, 0 to 1 (training ends early when the dev score stops rising)
 * @param detail e.g. {@code net 1 epoch 3 batch 120/340}, or the failure
 * @param startedAt start
 * @param finishedAt end, or null while running
 * @param cancelledBy the admin who cancelled it, else null
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
    String cancelledBy,
    JsonNode report) {

  static final String RUNNING = "running";
  static final String CANCELLED = "cancelled";
  static final String INTERRUPTED = "interrupted";

  /** Phase in which the candidate is moved and registered: too late to cancel. */
  static final String REGISTERING = "registering";

  /** A job that has just been accepted and waits for the worker. */
  static RetrainJob queued(String id, String requestedBy, OffsetDateTime now) {
    return new RetrainJob(id, requestedBy, RUNNING, "queued", 0, null, now, null, null, null);
  }

  RetrainJob with(String newPhase, double newProgress, String newDetail) {
    return new RetrainJob(
        id,
        requestedBy,
        state,
        newPhase,
        newProgress,
        newDetail,
        startedAt,
        finishedAt,
        cancelledBy,
        report);
  }

  RetrainJob finished(String newState, String newDetail, JsonNode newReport, OffsetDateTime now) {
    return new RetrainJob(
        id, requestedBy, newState, "done", 1.0, newDetail, startedAt, now, cancelledBy, newReport);
  }

  RetrainJob cancelled(String admin, OffsetDateTime now) {
    return new RetrainJob(
        id,
        requestedBy,
        CANCELLED,
        "done",
        progress,
        "cancelled by " + admin + " while " + phase,
        startedAt,
        now,
        admin,
        report);
  }
}
