package io.pulse.analytics;

/**
 * Why one CSV row could not be read.
 *
 * @param source file name
 * @param line line number where the row starts (the header is line 1)
 * @param column header name of the offending column
 * @param message what is wrong, naming the value found
 */
public record RowError(String source, long line, String column, String message) {

  /** {@code online_retail.csv line 17: Quantity must be an integer, found 'abc'}. */
  @Override
  public String toString() {
    return source + " line " + line + ": " + message;
  }
}
