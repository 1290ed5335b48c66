package io.pulse.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a plain or gzip transaction file: gzip through {@link GzipPipeline} (inflating while
 * parsing), anything else into memory and then in parallel chunks.
 */
final class TransactionFiles {

  private static final int GZIP_MAGIC = 0x8b1f;
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private TransactionFiles() {}

  static TransactionImport read(Path file, ImportOptions options) {
    String source = file.getFileName().toString().replaceFirst("\\.gz$", "");
    try {
      long gzipSize = gzipContentSize(file);
      if (gzipSize > 0 && gzipSize < MAX_ARRAY) {
        try {
          int size = (int) gzipSize;
          return GzipPipeline.read(
              file, size, source, options, TransactionReader.defaultParts(size));
        } catch (GzipPipeline.SizeMismatch e) {
          // multi-member gzip or > 4 GiB: the trailer size is wrong, read it the plain way
        }
      }
      byte[] data = load(file, gzipSize);
      return TransactionReader.read(
          data, data.length, source, options, TransactionReader.defaultParts(data.length));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] load(Path file, long gzipSize) throws IOException {
    if (gzipSize < 0) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      return in.readAllBytes();
    }
  }

  /** The uncompressed size from the gzip trailer (ISIZE), or -1 when the file is not gzip. */
  private static long gzipContentSize(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      if (channel.size() < 18) {
        return -1;
      }
      ByteBuffer head = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(head);
      if (head.getShort(0) != (short) GZIP_MAGIC) {
        return -1;
      }
      ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      channel.position(channel.size() - 4);
      channel.read(tail);
      return Integer.toUnsignedLong(tail.getInt(0));
    }
  }
}
