-- Pulse server, schema 8.1: where each polled mailbox was read up to. Portable SQL.
-- Owned by the connectors feature. The cursor moves only after the messages up to last_uid were
-- accepted by ingest, so a restart neither reads a message again nor skips one.
CREATE TABLE mail_cursors (
    mailbox      VARCHAR(100)             PRIMARY KEY,
    uid_validity BIGINT                   NOT NULL,
    last_uid     BIGINT                   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
