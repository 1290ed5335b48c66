-- Pulse store, schema 2: alerts and the notification outbox. Portable SQL (PostgreSQL and H2).
-- Neither table holds message text or raw customer references: series values of customers are
-- pseudonyms, and payloads carry ids, levels, scores and series keys only.

CREATE TABLE alerts (
    id               VARCHAR(36)              PRIMARY KEY,
    kind             VARCHAR(32)              NOT NULL,
    series_dimension VARCHAR(16)              NOT NULL,
    series_value     VARCHAR(200)             NOT NULL,
    level            VARCHAR(8)               NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Acknowledgement deadline; NULL when none is due (success stories).
    review_by        TIMESTAMP WITH TIME ZONE,
    -- Evidence: interaction score or window mean, window count, negatives, z-score, window.
    score            DOUBLE PRECISION         NOT NULL,
    window_count     INTEGER                  NOT NULL,
    negatives        INTEGER                  NOT NULL,
    z_score          DOUBLE PRECISION,
    window_start     TIMESTAMP WITH TIME ZONE,
    window_end       TIMESTAMP WITH TIME ZONE,
    -- interactions.id of the interaction that raised it; NULL for series alerts.
    interaction_id   VARCHAR(64),
    occurrences      INTEGER                  NOT NULL,
    escalated_at     TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(64),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    resolved_by      VARCHAR(64),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_alerts_level CHECK (level IN ('GREEN', 'YELLOW', 'ORANGE', 'RED')),
    CONSTRAINT ck_alerts_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED'))
);

CREATE INDEX ix_alerts_series_kind ON alerts (series_dimension, series_value, kind, raised_at);
CREATE INDEX ix_alerts_status_review ON alerts (status, review_by);
CREATE INDEX ix_alerts_raised ON alerts (raised_at, id);

-- Durable outbox: a delivery stays PENDING until its receiver accepted it; failed attempts set
-- next_attempt_at with exponential back-off.
CREATE TABLE alert_deliveries (
    id              VARCHAR(36)              PRIMARY KEY,
    event_id        VARCHAR(36)              NOT NULL,
    event_type      VARCHAR(32)              NOT NULL,
    channel         VARCHAR(8)               NOT NULL,
    recipient       VARCHAR(64)              NOT NULL,
    payload         VARCHAR(100000)          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_alert_deliveries_status CHECK (status IN ('PENDING', 'DELIVERED')),
    CONSTRAINT ck_alert_deliveries_channel CHECK (channel IN ('WEBHOOK', 'EMAIL'))
);

CREATE INDEX ix_alert_deliveries_due ON alert_deliveries (status, next_attempt_at);
CREATE INDEX ix_alert_deliveries_created ON alert_deliveries (created_at, id);
