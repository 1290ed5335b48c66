package io.pulse.scoring;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Frozen-encoder features: the token states of every training text, computed once and kept on disk
 * as half-precision floats (the encoder does not change while the head trains, so each epoch reads
 * them instead of running it again). Files are keyed by a hash of the texts, the length and the
 * encoder, so a changed dataset never reads stale states.
 */
final class StateCache {
  private static final int ENCODE_BATCH = 64;

  private StateCache() {}

  /** States of one text, {@code length x 384} half floats, row-major. */
  record Entry(int length, short[] halves) {}

  /**
   * The states of {@code texts} (each cut to {@code maxLength} word pieces), from {@code directory}
   * when cached, else encoded and written there.
   */
  static List<Entry> states(
      TokenEncoder encoder, List<String> texts, int maxLength, Path directory, IntConsumer done) {
    Path file = directory.resolve(key(texts, maxLength) + ".states");
    if (Files.isRegularFile(file)) {
      return read(file, texts.size());
    }
    Entry[] entries = new Entry[texts.size()];
    Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
    long[][] ids = new long[texts.size()][];
    for (int i = 0; i < ids.length; i++) {
      long[] all = encoder.ids(texts.get(i));
      ids[i] = all.length <= maxLength ? all : cut(all, maxLength);
    }
    // Similar lengths in one call: less padding to run through the encoder.
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(ids[a].length, ids[b].length));
    int batches = (ids.length + ENCODE_BATCH - 1) / ENCODE_BATCH;
    IntStream.range(0, batches)
        .parallel()
        .forEach(b -> {
          int from = b * ENCODE_BATCH;
          int to = Math.min(ids.length, from + ENCODE_BATCH);
          long[][] batch = new long[to - from][];
          for (int i = from; i < to; i++) {
            batch[i - from] = ids[order[i]];
          }
          TokenEncoder.States states = encoder.encodeIds(batch);
          for (int i = from; i < to; i++) {
            int n = states.lengths()[i - from];
            short[] halves = new short[n * TokenEncoder.DIMENSION];
            int base = (i - from) * states.length() * TokenEncoder.DIMENSION;
            for (int k = 0; k < halves.length; k++) {
              halves[k] = Float.floatToFloat16(states.values()[base + k]);
            }
            entries[order[i]] = new Entry(n, halves);
          }
          done.accept(to - from);
        });
    write(file, entries);
    return List.of(entries);
  }

  /** [CLS] + the first pieces + [SEP]. */
  private static long[] cut(long[] ids, int maxLength) {
    long[] cut = java.util.Arrays.copyOf(ids, maxLength);
    cut[maxLength - 1] = ids[ids.length - 1];
    return cut;
  }

  private static String key(List<String> texts, int maxLength) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((TokenEncoder.NAME + "|" + maxLength).getBytes(StandardCharsets.UTF_8));
      for (String text : texts) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, Entry[] entries) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20))) {
        out.writeInt(entries.length);
        for (Entry e : entries) {
          out.writeInt(e.length());
          java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(e.halves().length * 2);
          bytes.asShortBuffer().put(e.halves());
          out.write(bytes.array());
        }
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state cache " + file, e);
    }
  }

  private static List<Entry> read(Path file, int expected) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      int count = in.readInt();
      if (count != expected) {
        throw new IOException("holds " + count + " texts, expected " + expected);
      }
      List<Entry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int n = in.readInt();
        short[] halves = new short[n * TokenEncoder.DIMENSION];
        byte[] bytes = new byte[halves.length * 2];
        in.readFully(bytes);
        java.nio.ByteBuffer.wrap(bytes).asShortBuffer().get(halves);
        entries.add(new Entry(n, halves));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state cache " + file, e);
    }
  }
}
