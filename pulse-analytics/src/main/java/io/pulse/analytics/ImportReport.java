package io.pulse.analytics;

import java.util.List;

/**
 * What an import read and dropped. The reason counts overlap (a cancellation usually also has a
 * negative quantity, and may lack a customer) so that they can be compared with published profiles
 * of the data; {@code kept} is the number of transactions returned.
 *
 * @param source file name
 * @param rows data rows read (header excluded)
 * @param kept rows kept as transactions
 * @param malformed rows that could not be parsed (skipped; only non-zero when skipping is on)
 * @param missingCustomer well-formed rows with a blank customer
 * @param cancellations well-formed rows whose invoice starts with {@code C}
 * @param nonPositiveQuantity well-formed rows with quantity &lt;= 0
 * @param nonPositivePrice well-formed rows with unit price &lt;= 0 (zero-price rows are kept unless
 *     excluded)
 * @param customers distinct customers among the kept rows
 * @param errors the first {@value #MAX_ERRORS} malformed rows
 */
public record ImportReport(
    String source,
    long rows,
    long kept,
    long malformed,
    long missingCustomer,
    long cancellations,
    long nonPositiveQuantity,
    long nonPositivePrice,
    int customers,
    List<RowError> errors) {

  /** How many row errors are kept for the report. */
  public static final int MAX_ERRORS = 20;

  /** Copies the error list. */
  public ImportReport {
    errors = List.copyOf(errors);
  }
}
