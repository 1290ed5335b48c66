package io.pulse.analytics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the CSV records of one chunk into {@link Transaction}s straight from the file's bytes:
 * numbers are parsed in place, and repeated keys (invoice, customer, date, stock code, country)
 * reuse one String / LocalDateTime, which keeps a 540k-row import fast and small. Fields are read
 * in column order and the first bad one names the row's error; dropped rows are counted by reason.
 */
final class TransactionRowHandler extends CsvScanner {

  private static final int ROLES = 7;

  private final String source;
  private final ImportOptions options;
  private final DateTimeFormatter dateFormat;
  private final boolean isoMinutes;
  private final ColumnRoles columns;
  private final ImportCounter counter;
  private final List<Transaction> kept;
  private final ByteInterner interner = new ByteInterner();

  private final byte[][] buffers = new byte[ROLES][];
  private final int[] starts = new int[ROLES];
  private final int[] lengths = new int[ROLES];
  private int seen;
  private final String[] lastText = new String[ROLES];
  private final int[] lastStart = new int[ROLES];
  private final int[] lastLength = new int[ROLES];

  private String invoice;
  private byte[] invoiceBytes = new byte[0];
  private String stockCode;
  private int quantity;
  private LocalDateTime date;
  private byte[] dateBytes = new byte[0];
  private double price;
  private String customer;
  private String country;

  TransactionRowHandler(
      byte[] data,
      Source bytes,
      String source,
      ImportOptions options,
      ColumnRoles columns,
      ImportCounter counter,
      List<Transaction> kept) {
    super(data, bytes);
    this.source = source;
    this.options = options;
    this.columns = columns;
    this.counter = counter;
    this.kept = kept;
    this.dateFormat = DateTimeFormatter.ofPattern(options.datePattern());
    this.isoMinutes = options.datePattern().equals(ImportOptions.DEFAULT_DATE_PATTERN);
  }

  @Override
  void field(int index, int start, int end, int rawStart, int rawEnd, boolean plain) {
    int role = columns.roleOf(index);
    if (role < 0) {
      return;
    }
    byte[] buf = data;
    if (!plain) {
      buf = unescape(rawStart, rawEnd);
      start = 0;
      end = buf.length;
    }
    while (start < end && buf[start] == ' ') {
      start++;
    }
    while (end > start && buf[end - 1] == ' ') {
      end--;
    }
    buffers[role] = buf;
    starts[role] = start;
    lengths[role] = end - start;
    seen |= 1 << role;
  }

  @Override
  void endRecord(long line, int fields) {
    counter.rows++;
    RowError error = readRecord(line, fields);
    seen = 0;
    if (error != null) {
      counter.malformed(error, options.skipMalformed());
      return;
    }
    Transaction transaction = counter.keep(this::transaction, invoice, quantity, price, customer);
    if (transaction != null) {
      kept.add(transaction);
    }
  }

  private Transaction transaction() {
    return new Transaction(invoice, stockCode, quantity, date, price, customer, country);
  }

  private RowError readRecord(long line, int fields) {
    stockCode = "";
    country = "";
    customer = null;
    for (int role : columns.rolesInColumnOrder()) {
      if ((seen & 1 << role) != 0) {
        String problem = read(role, buffers[role], starts[role], lengths[role]);
        if (problem != null) {
          return error(line, role, problem);
        }
      }
    }
    if ((seen & ColumnRoles.REQUIRED) != ColumnRoles.REQUIRED) {
      int missing = Integer.numberOfTrailingZeros(ColumnRoles.REQUIRED & ~seen);
      return error(
          line,
          missing,
          "has no value: the row has " + fields + " fields, the header " + columns.headerSize());
    }
    return null;
  }

  /** Reads one field into its value; returns what is wrong with it, or null. */
  private String read(int role, byte[] buf, int offset, int length) {
    switch (role) {
      case ColumnRoles.INVOICE -> {
        if (length == 0) {
          return "must not be empty";
        }
        if (!sameAs(invoiceBytes, buf, offset, length)) {
          invoiceBytes = Arrays.copyOfRange(buf, offset, offset + length);
          invoice = ByteFields.text(buf, offset, length);
        }
      }
      case ColumnRoles.STOCK_CODE -> stockCode = shared(role, buf, offset, length);
      case ColumnRoles.QUANTITY -> {
        try {
          quantity = ByteFields.parseInt(buf, offset, length);
        } catch (NumberFormatException e) {
          return "must be an integer, found '" + ByteFields.text(buf, offset, length) + "'";
        }
      }
      case ColumnRoles.DATE -> {
        return readDate(buf, offset, length);
      }
      case ColumnRoles.PRICE -> {
        try {
          price = ByteFields.parseDouble(buf, offset, length);
        } catch (NumberFormatException e) {
          return "must be a number, found '" + ByteFields.text(buf, offset, length) + "'";
        }
      }
      case ColumnRoles.CUSTOMER ->
          customer = length == 0 ? null : shared(role, buf, offset, length);
      case ColumnRoles.COUNTRY -> country = shared(role, buf, offset, length);
      default -> throw new IllegalStateException("role " + role);
    }
    return null;
  }

  private String readDate(byte[] buf, int offset, int length) {
    if (date != null && sameAs(dateBytes, buf, offset, length)) {
      return null;
    }
    try {
      LocalDateTime parsed = isoMinutes ? ByteFields.parseIsoMinutes(buf, offset, length) : null;
      if (parsed == null) {
        TemporalAccessor value =
            dateFormat.parseBest(
                ByteFields.text(buf, offset, length), LocalDateTime::from, LocalDate::from);
        parsed = value instanceof LocalDate day ? day.atStartOfDay() : (LocalDateTime) value;
      }
      date = parsed;
      dateBytes = Arrays.copyOfRange(buf, offset, offset + length);
      return null;
    } catch (DateTimeException e) {
      date = null;
      return "must be a date like "
          + options.datePattern()
          + ", found '"
          + ByteFields.text(buf, offset, length)
          + "'";
    }
  }

  /**
   * The shared String of a key field: the previous row's when the bytes are the same (customers and
   * countries repeat row after row), else the interned one.
   */
  private String shared(int role, byte[] buf, int offset, int length) {
    if (buf != data) {
      return interner.intern(buf, offset, length);
    }
    String last = lastText[role];
    if (last != null
        && lastLength[role] == length
        && ByteFields.same(data, lastStart[role], buf, offset, length)) {
      return last;
    }
    last = interner.intern(buf, offset, length);
    lastText[role] = last;
    lastStart[role] = offset;
    lastLength[role] = length;
    return last;
  }

  private RowError error(long line, int role, String problem) {
    String column = columns.nameOf(role);
    return new RowError(source, line, column, column + " " + problem);
  }

  private static boolean sameAs(byte[] previous, byte[] buf, int offset, int length) {
    return previous.length == length && ByteFields.same(previous, 0, buf, offset, length);
  }
}
