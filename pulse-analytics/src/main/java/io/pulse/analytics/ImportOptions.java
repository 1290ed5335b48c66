package io.pulse.analytics;

import java.util.Objects;

/**
 * How a transaction CSV is read and which rows are kept.
 *
 * <p>A row is kept when it is well-formed, has a customer, is not a cancellation (invoice starting
 * with {@code C}), has quantity &gt; 0 and unit price &gt;= 0 (&gt; 0 when {@code
 * excludeZeroPrice}). On Online Retail this keeps 397,924 rows of 4,339 customers (the usual
 * recipe's figure); excluding zero prices as well drops one more customer (4,338).
 *
 * @param columns column mapping
 * @param datePattern {@link java.time.format.DateTimeFormatter} pattern of the invoice date
 * @param skipMalformed {@code false}: the first malformed row aborts the import with a {@link
 *     TransactionFormatException}; {@code true}: malformed rows are skipped, counted and the first
 *     {@value ImportReport#MAX_ERRORS} are reported
 * @param excludeZeroPrice also drop rows with unit price 0 (free items)
 */
public record ImportOptions(
    ColumnMapping columns, String datePattern, boolean skipMalformed, boolean excludeZeroPrice) {

  /** Date format of the bundled Online Retail file. */
  public static final String DEFAULT_DATE_PATTERN = "yyyy-MM-dd HH:mm";

  /** Checks that the mapping and the pattern are present. */
  public ImportOptions {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(datePattern, "datePattern");
  }

  /** Online Retail columns and dates, malformed rows abort, zero prices kept. */
  public static ImportOptions defaults() {
    return new ImportOptions(ColumnMapping.onlineRetail(), DEFAULT_DATE_PATTERN, false, false);
  }

  /** Copy with another column mapping. */
  public ImportOptions withColumns(ColumnMapping mapping) {
    return new ImportOptions(mapping, datePattern, skipMalformed, excludeZeroPrice);
  }

  /** Copy with another date pattern. */
  public ImportOptions withDatePattern(String pattern) {
    return new ImportOptions(columns, pattern, skipMalformed, excludeZeroPrice);
  }

  /** Copy that skips (and reports) malformed rows instead of aborting. */
  public ImportOptions withSkipMalformed(boolean skip) {
    return new ImportOptions(columns, datePattern, skip, excludeZeroPrice);
  }

  /** Copy that also drops zero-price rows. */
  public ImportOptions withExcludeZeroPrice(boolean exclude) {
    return new ImportOptions(columns, datePattern, skipMalformed, exclude);
  }
}
