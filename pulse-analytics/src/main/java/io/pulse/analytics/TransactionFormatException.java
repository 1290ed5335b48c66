package io.pulse.analytics;

/** A transaction file cannot be read: bad header, or a malformed row when rows must not be lost. */
public final class TransactionFormatException extends IllegalArgumentException {

  private final transient RowError error;

  TransactionFormatException(RowError error) {
    super(error.toString());
    this.error = error;
  }

  TransactionFormatException(String message) {
    super(message);
    this.error = null;
  }

  /** The offending row, or {@code null} when the problem is not one row (e.g. the header). */
  public RowError error() {
    return error;
  }
}
