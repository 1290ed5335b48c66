package io.pulse.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** Interaction files and a pseudonym key for the jobs' tests. */
final class TestFiles {

  static final byte[] KEY = "0123456789abcdef0123456789abcdef-test-key".getBytes();

  private static final String[] TEXTS = {
    "The delivery was late again and nobody answered my emails, very disappointing.",
    "Thanks, the support team solved my problem within minutes. Great service!",
    "Could you send me the invoice for order 88213?",
    "Pakken kom aldri frem, og kundeservice svarer ikke. Helt elendig.",
    "Love the new app, but the price went up again.",
  };

  private TestFiles() {}

  /** Writes the key file and returns its path. */
  static Path keyFile(Path dir) throws IOException {
    Path file = dir.resolve("privacy.key");
    Files.writeString(file, Base64.getEncoder().encodeToString(KEY));
    return file;
  }

  /**
   * Writes {@code count} NDJSON items {@code prefix-0 ..} (customer {@code kari<i %
   * 50>@example.no}, text mentioning her e-mail address) into {@code file}.
   */
  static void ndjson(Path file, String prefix, int count, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String text = TEXTS[random.nextInt(TEXTS.length)] + " Write to kari" + i + "@example.no.";
      lines.add(
          "{\"externalId\":\""
              + prefix
              + "-"
              + i
              + "\",\"channel\":\"email\",\"timestamp\":\"2025-03-0"
              + (1 + i % 9)
              + "T10:00:00Z\",\"customer\":\"kari"
              + (i % 50)
              + "@example.no\",\"product\":\"p"
              + (i % 3)
              + "\",\"tags\":[\"delivery\"],\"text\":\""
              + text
              + "\"}");
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
