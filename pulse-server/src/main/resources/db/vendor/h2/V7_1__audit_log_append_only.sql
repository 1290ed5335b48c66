-- The audit trail is append-only, enforced by the database: a row is never changed (the retention
-- purge deletes whole rows once they are older than pulse.retention.audit). H2 runs a Java trigger.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW CALL 'io.pulse.audit.AuditLogAppendOnly';
