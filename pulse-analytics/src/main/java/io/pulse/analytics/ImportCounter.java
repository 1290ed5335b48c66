package io.pulse.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Counts rows by reason while an import runs and decides which rows are kept. */
final class ImportCounter {

  long rows;
  private final boolean excludeZeroPrice;
  private final List<RowError> errors = new ArrayList<>();
  private final Set<String> customers = new HashSet<>();
  private long kept;
  private long malformed;
  private long missingCustomer;
  private long cancellations;
  private long nonPositiveQuantity;
  private long nonPositivePrice;

  ImportCounter(boolean excludeZeroPrice) {
    this.excludeZeroPrice = excludeZeroPrice;
  }

  /** Counts a malformed row; throws unless malformed rows are to be skipped. */
  void malformed(RowError error, boolean skip) {
    if (!skip) {
      throw new TransactionFormatException(error);
    }
    malformed++;
    if (errors.size() < ImportReport.MAX_ERRORS) {
      errors.add(error);
    }
  }

  /** Counts a well-formed row; returns the transaction when it is kept, else {@code null}. */
  Transaction keep(
      Supplier<Transaction> transaction,
      String invoice,
      int quantity,
      double price,
      String customer) {
    boolean keep = true;
    if (customer == null) {
      missingCustomer++;
      keep = false;
    }
    if (invoice.charAt(0) == 'C') {
      cancellations++;
      keep = false;
    }
    if (quantity <= 0) {
      nonPositiveQuantity++;
      keep = false;
    }
    if (price <= 0) {
      nonPositivePrice++;
      keep &= price == 0 && !excludeZeroPrice;
    }
    if (!keep) {
      return null;
    }
    kept++;
    customers.add(customer);
    return transaction.get();
  }

  /** Adds the counts of another chunk that comes after this one in the file. */
  void add(ImportCounter later) {
    rows += later.rows;
    kept += later.kept;
    malformed += later.malformed;
    missingCustomer += later.missingCustomer;
    cancellations += later.cancellations;
    nonPositiveQuantity += later.nonPositiveQuantity;
    nonPositivePrice += later.nonPositivePrice;
    customers.addAll(later.customers);
    for (RowError error : later.errors) {
      if (errors.size() < ImportReport.MAX_ERRORS) {
        errors.add(error);
      }
    }
  }

  ImportReport report(String source) {
    return new ImportReport(
        source,
        rows,
        kept,
        malformed,
        missingCustomer,
        cancellations,
        nonPositiveQuantity,
        nonPositivePrice,
        customers.size(),
        errors);
  }
}
