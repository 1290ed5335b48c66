package io.pulse.analytics;

/**
 * Splits UTF-8 CSV bytes into records and fields without decoding them, with the rules of FastCSV's
 * reader (RFC 4180, leniently): fields are separated by {@code ,} and records by LF, CRLF or CR; a
 * field that starts with {@code "} is quoted up to the next lone {@code "} ({@code ""} is a quote),
 * may span lines and runs to the end of the data when never closed; bytes between a closing quote
 * and the next separator still belong to the field; empty lines are skipped but counted. Byte-level
 * scanning is safe for UTF-8: the separators never occur inside multi-byte characters.
 *
 * <p>Subclasses receive each field as a byte range of {@link #data} and then the end of its record.
 * The bytes may still be arriving (a gzip file being inflated): the {@link Source} says how far
 * they can be read and blocks until more are there.
 */
abstract class CsvScanner {

  /** How far the bytes of a chunk can be read. */
  interface Source {
    /**
     * The end of the readable bytes, greater than {@code position}; or at most {@code position}
     * when the chunk ends there. May block until more bytes arrive.
     */
    int limit(int position);
  }

  private static final int END = -1;

  /** The bytes being scanned. */
  final byte[] data;

  private final Source source;
  private int limit;
  private int lineFeeds;

  CsvScanner(byte[] data, Source source) {
    this.data = data;
    this.source = source;
  }

  /**
   * One field.
   *
   * @param index position of the field in its record, from 0
   * @param start first byte of the content (inside the quotes of a quoted field)
   * @param end end of the content
   * @param rawStart first byte of the field as written (its opening quote, if any)
   * @param rawEnd end of the field as written
   * @param plain whether the content is exactly {@code data[start, end)}; if not (escaped quotes,
   *     bytes after the closing quote) see {@link #unescape}
   */
  abstract void field(int index, int start, int end, int rawStart, int rawEnd, boolean plain);

  /**
   * End of a record.
   *
   * @param line line number where the record starts
   * @param fields number of fields of the record
   */
  abstract void endRecord(long line, int fields);

  /**
   * Scans the records from {@code from} to the end of the chunk.
   *
   * @param linesBefore line breaks before {@code from}, so the first line is linesBefore + 1
   */
  final void scan(int from, long linesBefore) {
    int i = from;
    long line = linesBefore + 1;
    while (true) {
      int b = peek(i);
      if (b == END) {
        return;
      }
      if (b == '\n' || b == '\r') {
        i = afterLineBreak(i);
        line++;
        continue;
      }
      long recordLine = line;
      int fields = 0;
      while (true) {
        int rawStart = i;
        int start;
        int end;
        boolean plain = true;
        if (peek(i) == '"') {
          start = ++i;
          end = -1;
          while (end < 0) {
            i = skipQuotedText(i);
            line += lineFeeds;
            int c = peek(i);
            if (c == END) {
              end = i; // never closed: the field runs to the end
            } else if (c != '"') {
              line += c == '\n' ? 1 : 0;
              i++;
            } else if (peek(i + 1) == '"') {
              plain = false;
              i += 2;
            } else {
              end = i++;
            }
          }
          for (int c = peek(i); c != END && c != ',' && c != '\n' && c != '\r'; c = peek(++i)) {
            plain = false;
          }
        } else {
          start = i;
          byte[] bytes = data;
          while (true) {
            int readable = limit;
            while (i < readable) {
              byte c = bytes[i];
              // Most bytes are letters and digits, above all three separators.
              if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
                break;
              }
              i++;
            }
            if (i < readable || peek(i) == END) {
              break;
            }
          }
          end = i;
        }
        field(fields++, start, end, rawStart, i, plain);
        int c = peek(i);
        if (c == ',') {
          i++;
          continue;
        }
        if (c != END) {
          i = afterLineBreak(i);
          line++;
        }
        endRecord(recordLine, fields);
        if (c == END) {
          return;
        }
        break;
      }
    }
  }

  /** The content of a field that is not plain: quotes removed, {@code ""} turned into {@code "}. */
  final byte[] unescape(int rawStart, int rawEnd) {
    byte[] out = new byte[rawEnd - rawStart];
    int length = 0;
    int i = rawStart;
    if (data[i] == '"') {
      for (i++; i < rawEnd; i++) {
        if (data[i] == '"') {
          if (i + 1 < rawEnd && data[i + 1] == '"') {
            i++;
          } else {
            i++;
            break;
          }
        }
        out[length++] = data[i];
      }
    }
    for (; i < rawEnd; i++) {
      out[length++] = data[i];
    }
    return java.util.Arrays.copyOf(out, length);
  }

  /**
   * Skips readable bytes of a quoted field up to the next quote (or the readable end), counting
   * line feeds into {@link #lineFeeds}.
   */
  private int skipQuotedText(int i) {
    byte[] bytes = data;
    int readable = limit;
    int feeds = 0;
    while (i < readable) {
      byte c = bytes[i];
      if (c == '"') {
        break;
      }
      feeds += c == '\n' ? 1 : 0;
      i++;
    }
    lineFeeds = feeds;
    return i;
  }

  private int afterLineBreak(int i) {
    return data[i] == '\r' && peek(i + 1) == '\n' ? i + 2 : i + 1;
  }

  /** The byte at {@code i} (0..255), or {@link #END} past the end of the chunk. */
  private int peek(int i) {
    if (i >= limit) {
      limit = source.limit(i);
      if (limit <= i) {
        return END;
      }
    }
    return data[i] & 0xff;
  }
}
