-- Pulse store, schema 6.2: alerts follow corrections. A single-interaction alert whose interaction
-- a person corrected away from negative is WITHDRAWN, with the reason ('corrected').
ALTER TABLE alerts DROP CONSTRAINT ck_alerts_status;
ALTER TABLE alerts ADD CONSTRAINT ck_alerts_status
    CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'WITHDRAWN'));
ALTER TABLE alerts ADD COLUMN close_reason VARCHAR(32);
