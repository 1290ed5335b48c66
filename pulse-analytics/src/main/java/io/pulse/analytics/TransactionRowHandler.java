package io.pulse.analytics;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.nio.CharBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns CSV rows into {@link Transaction}s while FastCSV parses, straight from its char buffer:
 * numbers are parsed in place, and repeated keys (invoice, customer, date, stock code, country)
 * reuse one String / LocalDateTime, which keeps a 540k-row import fast and small. Returns {@code
 * null} (FastCSV's "consumed") for the header and for every dropped row, counting why.
 */
final class TransactionRowHandler extends AbstractBaseCsvCallbackHandler<Transaction> {

  private final String source;
  private final ImportOptions options;
  private final DateTimeFormatter dateFormat;
  private final boolean isoMinutes;
  private final ColumnRoles columns;
  private final long lineOffset;
  private final ImportCounter counter;
  private final Map<String, String> interned = new HashMap<>();

  private long line;
  private int seen;
  private RowError rowError;
  private String invoice;
  private String stockCode;
  private int quantity;
  private LocalDateTime date;
  private double price;
  private String customer;
  private String country;
  private char[] dateChars = new char[0];
  private int dateLength;

  /**
   * @param lineOffset lines before the first record this handler sees (FastCSV counts from 1)
   */
  TransactionRowHandler(
      String source,
      ImportOptions options,
      ColumnRoles columns,
      long lineOffset,
      ImportCounter counter) {
    this.source = source;
    this.options = options;
    this.columns = columns;
    this.lineOffset = lineOffset;
    this.counter = counter;
    this.dateFormat = DateTimeFormatter.ofPattern(options.datePattern());
    this.isoMinutes = options.datePattern().equals(ImportOptions.DEFAULT_DATE_PATTERN);
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = lineOffset + startingLineNumber;
    seen = 0;
    rowError = null;
    stockCode = "";
    country = "";
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    int start = offset;
    int end = offset + length;
    while (start < end && buf[start] == ' ') {
      start++;
    }
    while (end > start && buf[end - 1] == ' ') {
      end--;
    }
    int role = columns.roleOf(index);
    if (role < 0 || rowError != null) {
      return;
    }
    seen |= 1 << role;
    readField(role, buf, start, end - start);
  }

  private void readField(int role, char[] buf, int offset, int length) {
    switch (role) {
      case ColumnRoles.INVOICE -> {
        invoice = reuse(invoice, buf, offset, length);
        if (length == 0) {
          fail(role, "must not be empty");
        }
      }
      case ColumnRoles.STOCK_CODE -> stockCode = intern(stockCode, buf, offset, length);
      case ColumnRoles.QUANTITY -> {
        try {
          quantity = CharFields.parseInt(buf, offset, length);
        } catch (NumberFormatException e) {
          fail(role, "must be an integer, found '" + new String(buf, offset, length) + "'");
        }
      }
      case ColumnRoles.DATE -> readDate(buf, offset, length);
      case ColumnRoles.PRICE -> {
        try {
          price = CharFields.parseDouble(buf, offset, length);
        } catch (NumberFormatException e) {
          fail(role, "must be a number, found '" + new String(buf, offset, length) + "'");
        }
      }
      case ColumnRoles.CUSTOMER ->
          customer = length == 0 ? null : intern(customer, buf, offset, length);
      case ColumnRoles.COUNTRY -> country = intern(country, buf, offset, length);
      default -> throw new IllegalStateException("role " + role);
    }
  }

  private void readDate(char[] buf, int offset, int length) {
    if (date != null
        && length == dateLength
        && Arrays.equals(dateChars, 0, length, buf, offset, offset + length)) {
      return;
    }
    try {
      date = isoMinutes ? CharFields.parseIsoMinutes(buf, offset, length) : null;
      if (date == null) {
        TemporalAccessor parsed =
            dateFormat.parseBest(
                CharBuffer.wrap(buf, offset, length), LocalDateTime::from, LocalDate::from);
        date = parsed instanceof LocalDate day ? day.atStartOfDay() : (LocalDateTime) parsed;
      }
      if (dateChars.length < length) {
        dateChars = new char[length];
      }
      System.arraycopy(buf, offset, dateChars, 0, length);
      dateLength = length;
    } catch (DateTimeException e) {
      date = null;
      fail(
          ColumnRoles.DATE,
          "must be a date like "
              + options.datePattern()
              + ", found '"
              + new String(buf, offset, length)
              + "'");
    }
  }

  @Override
  protected Transaction buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return null;
    }
    counter.rows++;
    if (rowError == null && (seen & ColumnRoles.REQUIRED) != ColumnRoles.REQUIRED) {
      int missing = Integer.numberOfTrailingZeros(ColumnRoles.REQUIRED & ~seen);
      fail(
          missing,
          "has no value: the row has "
              + getFieldCount()
              + " fields, the header "
              + columns.headerSize());
    }
    if (rowError != null) {
      counter.malformed(rowError, options.skipMalformed());
      return null;
    }
    return counter.keep(this::transaction, invoice, quantity, price, customer);
  }

  private Transaction transaction() {
    return new Transaction(invoice, stockCode, quantity, date, price, customer, country);
  }

  private void fail(int role, String problem) {
    if (rowError == null) {
      String column = columns.nameOf(role);
      rowError = new RowError(source, line, column, column + " " + problem);
    }
  }

  private static String reuse(String previous, char[] buf, int offset, int length) {
    return CharFields.sameChars(previous, buf, offset, length)
        ? previous
        : new String(buf, offset, length);
  }

  private String intern(String previous, char[] buf, int offset, int length) {
    if (CharFields.sameChars(previous, buf, offset, length)) {
      return previous;
    }
    String value = new String(buf, offset, length);
    String known = interned.putIfAbsent(value, value);
    return known == null ? value : known;
  }
}
