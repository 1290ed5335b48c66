package io.pulse.analytics;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Parses transaction CSV bytes: the header once, then the records in parallel chunks (one per core,
 * at least {@value #MIN_CHUNK} bytes each), merged back in file order. The kept list, counts and
 * errors are the same as a single sequential pass; on a malformed row (when rows must not be lost)
 * the error of the earliest chunk wins, so it is the first bad row of the file.
 */
final class TransactionReader {

  static final int MIN_CHUNK = 1 << 22;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TransactionReader() {}

  static TransactionImport read(InputStream input, String source, ImportOptions options) {
    try {
      byte[] data = input.readAllBytes();
      return read(data, data.length, source, options, defaultParts(data.length));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  static int defaultParts(int length) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(cores, length / MIN_CHUNK));
  }

  static TransactionImport read(
      byte[] data, int length, String source, ImportOptions options, int parts) {
    int headerEnd = CsvChunks.endOfFirstRecord(data, length);
    if (headerEnd == 0) {
      throw new TransactionFormatException(source + ": the file is empty (no header)");
    }
    ColumnRoles columns =
        ColumnRoles.resolve(header(data, headerEnd, source), options.columns(), source);
    List<CsvChunks.Chunk> chunks = CsvChunks.split(data, headerEnd, length, 1, parts);
    List<CompletableFuture<ChunkResult>> running = new ArrayList<>();
    for (int i = 1; i < chunks.size(); i++) {
      CsvChunks.Chunk chunk = chunks.get(i);
      running.add(
          CompletableFuture.supplyAsync(
              () -> parse(data, chunk, source, options, columns), TransactionReader::runInThread));
    }
    List<ChunkResult> results = new ArrayList<>();
    RuntimeException firstFailure = null;
    try {
      results.add(parse(data, chunks.getFirst(), source, options, columns));
    } catch (RuntimeException e) {
      firstFailure = e;
    }
    for (CompletableFuture<ChunkResult> future : running) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        if (firstFailure == null) {
          firstFailure = (RuntimeException) e.getCause();
        }
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    return merge(results, source);
  }

  private static void runInThread(Runnable task) {
    Thread.ofPlatform().daemon().name("pulse-csv-chunk").start(task);
  }

  static List<String> header(byte[] data, int headerEnd, String source) {
    String text = new String(data, 0, headerEnd, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    try {
      return CsvReader.builder().ofSingleCsvRecord(text).getFields().stream()
          .map(String::strip)
          .toList();
    } catch (CsvParseException e) {
      throw new TransactionFormatException(
          source + " line 1: unreadable header: " + e.getMessage());
    }
  }

  /** The transactions and counts of one chunk. */
  record ChunkResult(List<Transaction> kept, ImportCounter counter) {}

  private static ChunkResult parse(
      byte[] data, CsvChunks.Chunk chunk, String source, ImportOptions options, ColumnRoles roles) {
    int end = chunk.end();
    return parse(
        data, position -> end, chunk.start(), end, chunk.linesBefore(), source, options, roles);
  }

  /**
   * Parses records (no header) from {@code data[from, ...)} as far as {@code bytes} lets it read.
   *
   * @param sizeHint expected end of the chunk, to size the result list
   * @param linesBefore line feeds in the file before {@code from}
   */
  static ChunkResult parse(
      byte[] data,
      CsvScanner.Source bytes,
      int from,
      long sizeHint,
      long linesBefore,
      String source,
      ImportOptions options,
      ColumnRoles roles) {
    ImportCounter counter = new ImportCounter(options.excludeZeroPrice());
    long expected = (sizeHint - from) / 100;
    List<Transaction> kept = new ArrayList<>((int) Math.max(16, Math.min(expected, 1 << 24)));
    new TransactionRowHandler(data, bytes, source, options, roles, counter, kept)
        .scan(from, linesBefore);
    return new ChunkResult(kept, counter);
  }

  static TransactionImport merge(List<ChunkResult> results, String source) {
    int total = results.stream().mapToInt(result -> result.kept().size()).sum();
    List<Transaction> kept = new ArrayList<>(total);
    ImportCounter counter = results.getFirst().counter();
    for (ChunkResult result : results) {
      kept.addAll(result.kept());
      if (result.counter() != counter) {
        counter.add(result.counter());
      }
    }
    return new TransactionImport(kept, counter.report(source));
  }
}
