-- Pulse store, schema 9: retraining jobs of the learning loop, kept so that a restart forgets
-- neither who asked for a retraining nor how it ended. Portable SQL: PostgreSQL and H2.
CREATE TABLE retrain_jobs (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    -- user name, or 'scheduler'
    requested_by VARCHAR(100)             NOT NULL,
    -- 'running'; then 'promoted', 'rejected', 'failed', 'cancelled' (by an admin) or
    -- 'interrupted' (the server stopped while it ran)
    state        VARCHAR(12)              NOT NULL,
    -- 'queued', 'exporting', 'training', 'evaluating', 'registering', 'done'
    phase        VARCHAR(12)              NOT NULL,
    progress     DOUBLE PRECISION         NOT NULL,
    detail       VARCHAR(2000),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    cancelled_by VARCHAR(100),
    -- JSON: the candidate and the gate's figures, once evaluated
    report       VARCHAR(20000),
    CONSTRAINT ck_retrain_state CHECK (state IN ('running', 'promoted', 'rejected', 'failed', 'cancelled', 'interrupted')),
    CONSTRAINT ck_retrain_progress CHECK (progress >= 0 AND progress <= 1)
);

CREATE INDEX ix_retrain_jobs_started ON retrain_jobs (started_at);
CREATE INDEX ix_retrain_jobs_state ON retrain_jobs (state);
