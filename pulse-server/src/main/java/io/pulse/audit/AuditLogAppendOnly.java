package io.pulse.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger behind the append-only audit trail (schema 7.1): any UPDATE of {@code audit_log}
 * fails. PostgreSQL has the same rule as a PL/pgSQL trigger.
 */
public final class AuditLogAppendOnly implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_log is append-only: rows are never changed", "23514");
  }
}
