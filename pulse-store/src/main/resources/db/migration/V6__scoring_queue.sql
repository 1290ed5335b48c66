-- Pulse store, schema 6: scoring off the request path. Portable SQL: PostgreSQL and H2.
-- Ingest stores an interaction as 'pending' and enqueues it in the same transaction; scoring
-- workers claim queue rows (FOR UPDATE SKIP LOCKED), store the analysis and delete the rows in one
-- transaction, so a crash loses nothing and scores nothing twice. One current score per
-- interaction is enforced by V6_1 (a partial unique index, or its H2 equivalent).

-- 'pending' (queued), 'scored', or 'unscored' with a reason.
ALTER TABLE interactions ALTER COLUMN scoring_status SET DEFAULT 'pending';

CREATE TABLE scoring_queue (
    interaction_id BIGINT                   NOT NULL PRIMARY KEY,
    enqueued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Not claimed before this instant: back-off after a failed batch.
    available_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Failed scoring attempts; after pulse.scoring.max-attempts the interaction is stored unscored.
    attempts       INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT fk_scoring_queue_interaction FOREIGN KEY (interaction_id) REFERENCES interactions (id) ON DELETE CASCADE
);

CREATE INDEX ix_scoring_queue_available ON scoring_queue (available_at, interaction_id);
