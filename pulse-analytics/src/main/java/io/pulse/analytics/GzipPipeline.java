package io.pulse.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

/**
 * Imports a gzip CSV while it is being inflated: a background thread inflates into one array (sized
 * from the gzip trailer) and finds the chunk cuts as the bytes arrive; the calling thread parses
 * the first chunk right behind it, and every later chunk is parsed as soon as its bytes are all
 * there. So inflating, cutting and parsing overlap instead of running one after the other. The
 * first chunk is made larger because its parse starts first.
 */
final class GzipPipeline {

  /** The gzip trailer's size was wrong (e.g. a multi-member file); read it the plain way. */
  static final class SizeMismatch extends IOException {
    SizeMismatch() {
      super("gzip size in the trailer does not match the content");
    }
  }

  private static final int BLOCK = 1 << 18;
  private static final double FIRST_CHUNK_WEIGHT = 1.5;

  private final Path file;
  private final byte[] data;
  private final String source;
  private final ImportOptions options;
  private final int parts;

  private final Object lock = new Object();
  private int available;
  private boolean inflated;
  private int headerEnd = -1;
  private long firstTarget = Long.MAX_VALUE;
  private List<CsvChunks.Chunk> chunks = List.of();
  private ColumnRoles roles;
  private Throwable failure;
  private volatile boolean cancelled;

  private GzipPipeline(Path file, int size, String source, ImportOptions options, int parts) {
    this.file = file;
    this.data = new byte[size];
    this.source = source;
    this.options = options;
    this.parts = Math.max(1, parts);
  }

  /**
   * Imports {@code file}, whose uncompressed size the trailer says is {@code size}.
   *
   * @throws SizeMismatch when the content is not {@code size} bytes
   * @throws IOException when the file cannot be read or inflated
   */
  static TransactionImport read(
      Path file, int size, String source, ImportOptions options, int parts) throws IOException {
    return new GzipPipeline(file, size, source, options, parts).run();
  }

  private TransactionImport run() throws IOException {
    CompletableFuture<List<CompletableFuture<TransactionReader.ChunkResult>>> later =
        new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("pulse-gzip").start(() -> inflateAndParseLater(later));
    List<TransactionReader.ChunkResult> results = new ArrayList<>();
    try {
      int start = awaitHeader();
      ColumnRoles columns =
          ColumnRoles.resolve(
              TransactionReader.header(data, start, source), options.columns(), source);
      synchronized (lock) {
        roles = columns;
        lock.notifyAll();
      }
      results.add(
          TransactionReader.parse(
              data,
              this::firstChunkLimit,
              start,
              data.length,
              linesIn(start),
              source,
              options,
              columns));
      // Later chunks in file order, so that the first bad row of the file is the one reported.
      for (CompletableFuture<TransactionReader.ChunkResult> chunk : later.join()) {
        results.add(chunk.join());
      }
    } catch (RuntimeException e) {
      cancel();
      rethrowFailure();
      throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause
          ? cause
          : e;
    }
    return TransactionReader.merge(results, source);
  }

  /** Background thread: inflate, find cuts, parse chunks 1..n once their bytes are complete. */
  private void inflateAndParseLater(
      CompletableFuture<List<CompletableFuture<TransactionReader.ChunkResult>>> later) {
    List<CompletableFuture<TransactionReader.ChunkResult>> running = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      CsvChunks header = new CsvChunks(0, 0, new long[] {1});
      CsvChunks cutter = null;
      int filled = 0;
      boolean end = false;
      while (!end && !cancelled) {
        int read = in.readNBytes(data, filled, Math.min(BLOCK, data.length - filled));
        filled += read;
        end = filled == data.length || read == 0;
        if (end && (filled < data.length || in.read() >= 0)) {
          throw new SizeMismatch();
        }
        if (cutter == null) {
          List<CsvChunks.Chunk> headerChunks = header.advance(data, filled, end);
          if (!headerChunks.isEmpty()) {
            int start = headerChunks.getFirst().end();
            cutter = new CsvChunks(start, linesIn(start), targets(start));
            publishHeader(start);
          }
        }
        List<CsvChunks.Chunk> found =
            cutter == null ? List.of() : cutter.advance(data, filled, end);
        publish(filled, found, end);
        startCompleteChunks(found, running, end);
      }
      later.complete(running);
    } catch (IOException | RuntimeException e) {
      fail(e);
      later.completeExceptionally(e);
    }
  }

  /**
   * Chunk k (k &gt;= 1) is parsed once the cut after it is known: its bytes are then all there. The
   * last chunk is parsed on this thread, the others on threads of their own.
   */
  private void startCompleteChunks(
      List<CsvChunks.Chunk> found,
      List<CompletableFuture<TransactionReader.ChunkResult>> running,
      boolean end) {
    int complete = end ? found.size() : found.size() - 1;
    for (int k = running.size() + 1; k < complete; k++) {
      CsvChunks.Chunk chunk = found.get(k);
      ColumnRoles columns = awaitRoles();
      Executor executor =
          end && k == complete - 1
              ? Runnable::run
              : task -> Thread.ofPlatform().daemon().name("pulse-csv-chunk").start(task);
      running.add(CompletableFuture.supplyAsync(() -> parseChunk(chunk, columns), executor));
    }
  }

  private TransactionReader.ChunkResult parseChunk(CsvChunks.Chunk chunk, ColumnRoles columns) {
    int end = chunk.end();
    return TransactionReader.parse(
        data, position -> end, chunk.start(), end, chunk.linesBefore(), source, options, columns);
  }

  private long[] targets(int start) {
    long[] targets = new long[parts - 1];
    double total = FIRST_CHUNK_WEIGHT + parts - 1;
    for (int k = 0; k < targets.length; k++) {
      targets[k] = start + (long) ((data.length - start) * (FIRST_CHUNK_WEIGHT + k) / total);
    }
    return targets;
  }

  private long linesIn(int end) {
    long lines = 0;
    for (int i = 0; i < end; i++) {
      if (data[i] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private void publishHeader(int start) {
    synchronized (lock) {
      headerEnd = start;
      firstTarget = parts > 1 ? targets(start)[0] : Long.MAX_VALUE;
      lock.notifyAll();
    }
  }

  private void publish(int filled, List<CsvChunks.Chunk> found, boolean end) {
    synchronized (lock) {
      available = filled;
      chunks = found;
      inflated = end;
      lock.notifyAll();
    }
  }

  private void cancel() {
    synchronized (lock) {
      cancelled = true;
      lock.notifyAll();
    }
  }

  private void fail(Throwable e) {
    synchronized (lock) {
      failure = e;
      lock.notifyAll();
    }
  }

  /** Rethrows an inflating failure: it explains whatever the parsing thread ran into. */
  private void rethrowFailure() throws IOException {
    synchronized (lock) {
      if (failure instanceof IOException e) {
        throw e;
      }
    }
  }

  private int awaitHeader() {
    synchronized (lock) {
      while (headerEnd < 0) {
        awaitChange();
      }
      return headerEnd;
    }
  }

  private ColumnRoles awaitRoles() {
    synchronized (lock) {
      while (roles == null && !cancelled) {
        awaitChange();
      }
      if (roles == null) {
        throw new IllegalStateException("import cancelled");
      }
      return roles;
    }
  }

  /** Waits on the lock; a failure on the other thread ends the wait with an exception. */
  private void awaitChange() {
    if (failure != null) {
      throw new IllegalStateException("inflating " + source + " failed", failure);
    }
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + source, e);
    }
    if (failure != null) {
      throw new IllegalStateException("inflating " + source + " failed", failure);
    }
  }

  /**
   * How far the first chunk can be read: its bytes as soon as they are inflated. Bytes before the
   * first cut's target surely belong to it; beyond that, wait until the cut is found.
   */
  private int firstChunkLimit(int position) {
    synchronized (lock) {
      while (true) {
        if (!chunks.isEmpty()) {
          return chunks.getFirst().end();
        }
        if (inflated) {
          return available;
        }
        int readable = (int) Math.min(available, firstTarget);
        if (readable > position) {
          return readable;
        }
        awaitChange();
      }
    }
  }
}
