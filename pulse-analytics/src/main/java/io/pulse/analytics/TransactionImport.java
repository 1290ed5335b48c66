package io.pulse.analytics;

import java.util.List;

/**
 * The kept transactions of one file, in file order, and the counts of what was dropped.
 *
 * @param transactions kept transactions
 * @param report counts and row errors
 */
public record TransactionImport(List<Transaction> transactions, ImportReport report) {

  /** Wraps the list read-only without copying it (imports can hold half a million rows). */
  public TransactionImport {
    transactions = java.util.Collections.unmodifiableList(transactions);
  }
}
