-- Pulse server, schema 8.2: the outbox also carries helpdesk write-back actions (channel
-- 'HELPDESK', recipient = the write-back rule). The channel is checked by the application (an
-- enum), so the constraint that listed the channels goes.
ALTER TABLE alert_deliveries DROP CONSTRAINT ck_alert_deliveries_channel;
