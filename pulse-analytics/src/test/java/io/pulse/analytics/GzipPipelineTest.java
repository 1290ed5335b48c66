package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipPipelineTest {

  /** About 2.3 MB: several inflate blocks, so parsing really runs behind inflating. */
  static final String CSV = ParallelImportTest.bigCsv(40_000, -1);

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static TransactionImport inMemory(String csv) {
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);
    return TransactionReader.read(data, data.length, "big.csv", ImportOptions.defaults(), 1);
  }

  @Test
  void inflatingWhileParsingGivesTheSameResultAsOnePass(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("big.csv.gz"), gzip(CSV));
    int size = CSV.getBytes(StandardCharsets.UTF_8).length;

    for (int parts : new int[] {1, 2, 5}) {
      TransactionImport piped =
          GzipPipeline.read(file, size, "big.csv", ImportOptions.defaults(), parts);

      assertThat(piped.report()).as("parts %d", parts).isEqualTo(inMemory(CSV).report());
      assertThat(piped.transactions()).isEqualTo(inMemory(CSV).transactions());
    }
  }

  @Test
  void firstBadRowOfTheFileIsReportedWhateverChunkItIsIn(@TempDir Path dir) throws IOException {
    String bad = ParallelImportTest.bigCsv(40_000, 40_001);
    Path file = Files.write(dir.resolve("big.csv.gz"), gzip(bad));
    int size = bad.getBytes(StandardCharsets.UTF_8).length;

    assertThatThrownBy(() -> GzipPipeline.read(file, size, "big.csv", ImportOptions.defaults(), 3))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessageStartingWith("big.csv line 40001: Quantity must be an integer");
  }

  @Test
  void missingColumnStopsTheImportWithoutHanging(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("big.csv.gz"), gzip(CSV));
    ImportOptions options =
        ImportOptions.defaults().withColumns(ColumnMapping.onlineRetail().with("invoice", "Inv"));

    assertThatThrownBy(() -> Analytics.importTransactions(file, options))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessageStartingWith("big.csv line 1: column 'Inv' not found");
  }

  @Test
  void multiMemberGzipFallsBackToAPlainRead(@TempDir Path dir) throws IOException {
    int half = CSV.indexOf('\n', CSV.length() / 2) + 1;
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip(CSV.substring(0, half)));
    both.write(gzip(CSV.substring(half)));
    Path file = Files.write(dir.resolve("big.csv.gz"), both.toByteArray());

    TransactionImport imported = Analytics.importTransactions(file, ImportOptions.defaults());

    assertThat(imported.report()).isEqualTo(inMemory(CSV).report());
  }
}
