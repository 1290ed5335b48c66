package io.pulse.analytics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds record boundaries in UTF-8 CSV bytes so that chunks of whole records can be parsed in
 * parallel. A cut is only made at a line break outside quotes, tracked the way an RFC 4180 parser
 * does (a quote opens a field only at its start; {@code ""} inside quotes is an escaped quote).
 * Byte-level scanning is safe for UTF-8: quote and line-feed bytes never occur inside multi-byte
 * characters.
 *
 * <p>The scan reads eight bytes at a time and looks at single bytes only around quotes and at a
 * cut. It is incremental: {@link #advance} can be called as more bytes arrive (e.g. while a gzip
 * stream is being inflated), and reports each cut as soon as it is found.
 */
final class CsvChunks {

  /**
   * Whole records in [{@code start}, {@code end}); {@code linesBefore} counts the line feeds before
   * {@code start}, so that a record's line number is linesBefore + its line within the chunk.
   */
  record Chunk(int start, int end, long linesBefore) {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long QUOTES = 0x2222222222222222L;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

  private final int from;
  private final long[] targets;
  private final List<Chunk> chunks = new ArrayList<>();
  private int position;
  private int start;
  private long lines;
  private long startLines;
  private boolean quoted;

  /**
   * A scanner that cuts at the first record end at or after each of {@code targets} (ascending byte
   * positions).
   *
   * @param linesBefore line feeds before {@code from}
   */
  CsvChunks(int from, long linesBefore, long[] targets) {
    this.from = from;
    this.targets = targets.clone();
    this.position = from;
    this.start = from;
    this.lines = linesBefore;
    this.startLines = linesBefore;
  }

  /** Index just past the line feed that ends the first record (the header), or {@code length}. */
  static int endOfFirstRecord(byte[] data, int length) {
    CsvChunks scanner = new CsvChunks(0, 0, new long[] {1});
    return scanner.advance(data, length, true).getFirst().end();
  }

  /**
   * Splits [{@code from}, {@code to}) into {@code parts} chunks of about equal size (fewer when
   * records are long).
   *
   * @param linesBefore line feeds before {@code from}
   */
  static List<Chunk> split(byte[] data, int from, int to, long linesBefore, int parts) {
    long[] targets = new long[Math.max(0, parts - 1)];
    for (int k = 0; k < targets.length; k++) {
      targets[k] = from + ((long) to - from) * (k + 1) / parts;
    }
    return new CsvChunks(from, linesBefore, targets).advance(data, to, true);
  }

  /**
   * Scans {@code data} up to {@code available}; returns the chunks completed so far. With {@code
   * end} the data is complete and the last chunk runs to {@code available}.
   */
  List<Chunk> advance(byte[] data, int available, boolean end) {
    int i = position;
    while (i < available && chunks.size() < targets.length) {
      long target = targets[chunks.size()];
      if (i + Long.BYTES <= available) {
        long word = (long) LONGS.get(data, i);
        long lineFeeds = zeroBytes(word ^ LINE_FEEDS);
        boolean noCutHere = quoted || lineFeeds == 0 || i + Long.BYTES <= target;
        if (zeroBytes(word ^ QUOTES) == 0 && noCutHere) {
          lines += Long.bitCount(lineFeeds);
          i += Long.BYTES;
          continue;
        }
      }
      byte b = data[i];
      if (b == '\n') {
        lines++;
        if (!quoted && i >= target) {
          chunks.add(new Chunk(start, i + 1, startLines));
          start = i + 1;
          startLines = lines;
        }
      } else if (b == '"') {
        if (quoted) {
          if (i + 1 >= available && !end) {
            break; // is it an escaped quote? wait for the next byte
          }
          if (i + 1 < available && data[i + 1] == '"') {
            i++;
          } else {
            quoted = false;
          }
        } else {
          quoted = i == from || isSeparator(data[i - 1]);
        }
      }
      i++;
    }
    position = i;
    List<Chunk> found = new ArrayList<>(chunks);
    if (end) {
      found.add(new Chunk(start, available, startLines));
    }
    return found;
  }

  /** Cuts found so far. */
  int cutsFound() {
    return chunks.size();
  }

  private static boolean isSeparator(byte b) {
    return b == ',' || b == '\n' || b == '\r';
  }

  /** A word with the high bit set exactly in the bytes of {@code word} that are zero. */
  private static long zeroBytes(long word) {
    long low = (word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS;
    return ~(low | word | LOW_SEVEN_BITS);
  }
}
