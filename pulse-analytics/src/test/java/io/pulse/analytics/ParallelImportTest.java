package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParallelImportTest {

  /** 3,000 rows; every 7th has a quoted line break, every 11th is a cancellation. */
  static String bigCsv(int badLine) {
    return bigCsv(3_000, badLine);
  }

  static String bigCsv(int rows, int badLine) {
    StringBuilder csv = new StringBuilder(TransactionImportTest.HEADER);
    int line = 2;
    for (int i = 0; i < rows; i++) {
      String description = i % 7 == 0 ? "\"MULTI\nLINE, \"\"QUOTED\"\"\"" : "PLAIN";
      String quantity = line == badLine ? "x" + i : Integer.toString(1 + i % 5);
      String invoice = (i % 11 == 0 ? "C" : "") + (5000 + i / 3);
      csv.append(invoice)
          .append(",S")
          .append(i % 13)
          .append(',')
          .append(description)
          .append(',')
          .append(quantity)
          .append(",2011-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append(" 10:00,1.25,")
          .append(100 + i % 37)
          .append(",UK\n");
      line += i % 7 == 0 ? 2 : 1;
    }
    return csv.toString();
  }

  static TransactionImport read(String csv, int parts) {
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);
    return TransactionReader.read(data, data.length, "big.csv", ImportOptions.defaults(), parts);
  }

  @Test
  void parallelChunksGiveTheSameResultAsOnePass() {
    String csv = bigCsv(-1);

    TransactionImport sequential = read(csv, 1);
    TransactionImport parallel = read(csv, 4);

    assertThat(sequential.report().rows()).isEqualTo(3_000);
    assertThat(parallel.transactions()).isEqualTo(sequential.transactions());
    assertThat(parallel.report()).isEqualTo(sequential.report());
  }

  @Test
  void errorInALaterChunkNamesItsLineInTheWholeFile() {
    String csv = bigCsv(3_200);

    assertThatThrownBy(() -> read(csv, 4)).hasMessageStartingWith("big.csv line 3200: Quantity");
    assertThatThrownBy(() -> read(csv, 1)).hasMessageStartingWith("big.csv line 3200: Quantity");
  }
}
