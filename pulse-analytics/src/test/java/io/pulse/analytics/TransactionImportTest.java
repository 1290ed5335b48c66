package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionImportTest {

  static final String HEADER =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

  static final String FIXTURE =
      HEADER
          + "1001,A,\"WIDGET, RED\",2,2011-01-05 10:00,1.50,100,United Kingdom\n"
          + "1001,B,GADGET,1,2011-01-05 10:00,4.00,100,United Kingdom\n"
          + "C1002,A,WIDGET,-1,2011-01-06 09:00,1.50,100,United Kingdom\n"
          + "1003,A,WIDGET,5,2011-01-07 11:00,1.50,,United Kingdom\n"
          + "1004,A,WIDGET,0,2011-01-08 11:00,1.50,200,France\n"
          + "1005,FREE,GIFT,1,2011-02-01 12:00,0,200,France\n"
          + "1006,A,WIDGET,3,2011-02-02 12:00,-2.00,200,France\n"
          + "1007,A,WIDGET,4,2011-02-03 13:00,2.25,300,Germany\n";

  static TransactionImport read(String csv, ImportOptions options) {
    return Analytics.importTransactions(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "fixture.csv", options);
  }

  @Test
  void countsCancellationsMissingCustomersAndNonPositiveValues() {
    ImportReport report = read(FIXTURE, ImportOptions.defaults()).report();

    assertThat(report.rows()).isEqualTo(8);
    assertThat(report.kept()).isEqualTo(4);
    assertThat(report.missingCustomer()).isEqualTo(1);
    assertThat(report.cancellations()).isEqualTo(1);
    assertThat(report.nonPositiveQuantity()).isEqualTo(2);
    assertThat(report.nonPositivePrice()).isEqualTo(2);
    assertThat(report.malformed()).isZero();
    assertThat(report.customers()).isEqualTo(3);
  }

  @Test
  void keptRowsBecomeTransactionsInFileOrder() {
    TransactionImport imported = read(FIXTURE, ImportOptions.defaults());

    assertThat(imported.transactions())
        .containsExactly(
            new Transaction(
                "1001", "A", 2, LocalDateTime.of(2011, 1, 5, 10, 0), 1.5, "100", "United Kingdom"),
            new Transaction(
                "1001", "B", 1, LocalDateTime.of(2011, 1, 5, 10, 0), 4.0, "100", "United Kingdom"),
            new Transaction(
                "1005", "FREE", 1, LocalDateTime.of(2011, 2, 1, 12, 0), 0.0, "200", "France"),
            new Transaction(
                "1007", "A", 4, LocalDateTime.of(2011, 2, 3, 13, 0), 2.25, "300", "Germany"));
  }

  @Test
  void zeroPriceRowsAreDroppedWhenExcluded() {
    ImportReport report =
        read(FIXTURE, ImportOptions.defaults().withExcludeZeroPrice(true)).report();

    assertThat(report.kept()).isEqualTo(3);
    assertThat(report.customers()).isEqualTo(2);
  }

  @Test
  void malformedQuantityAbortsNamingFileLineAndColumn() {
    String csv =
        HEADER + "1,A,X,2,2011-01-05 10:00,1.5,7,UK\n" + "2,A,X,abc,2011-01-05 10:00,1.5,7,UK\n";

    assertThatThrownBy(() -> read(csv, ImportOptions.defaults()))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessage("fixture.csv line 3: Quantity must be an integer, found 'abc'")
        .extracting(e -> ((TransactionFormatException) e).error().column())
        .isEqualTo("Quantity");
  }

  @Test
  void malformedRowsAreSkippedAndReportedWhenAsked() {
    String csv =
        HEADER
            + "1,A,X,2,2011-01-05 10:00,1.5,7,UK\n"
            + "2,A,X,2,2011-13-05 10:00,1.5,7,UK\n"
            + "3,A,X,2,2011-01-05 10:00,1,5,7,UK\n"
            + "4,A,X,2,2011-01-05 10:00,£1,7,UK\n"
            + "5,A,X,2\n";

    TransactionImport imported = read(csv, ImportOptions.defaults().withSkipMalformed(true));

    assertThat(imported.report().kept()).isEqualTo(2);
    assertThat(imported.report().malformed()).isEqualTo(3);
    assertThat(imported.report().errors())
        .extracting(RowError::toString)
        .containsExactly(
            "fixture.csv line 3: InvoiceDate must be a date like yyyy-MM-dd HH:mm, found"
                + " '2011-13-05 10:00'",
            "fixture.csv line 5: UnitPrice must be a number, found '£1'",
            "fixture.csv line 6: InvoiceDate has no value: the row has 4 fields, the header 8");
  }

  @Test
  void missingColumnIsNamedWithTheHeaderFound() {
    assertThatThrownBy(() -> read("Invoice,Qty\n1,2\n", ImportOptions.defaults()))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessageStartingWith("fixture.csv line 1: column 'InvoiceNo' not found in the header");
  }

  @Test
  void otherColumnNamesAndDateFormatsAreMapped() {
    String csv =
        "Invoice,Price,Quantity,Customer ID,InvoiceDate\n"
            + "489434,6.95,12,13085,01/12/2009 07:45\n";
    ColumnMapping mapping =
        ColumnMapping.onlineRetail()
            .with("invoice", "Invoice")
            .with("unitPrice", "Price")
            .with("customerId", "Customer ID");

    TransactionImport imported =
        read(
            csv, ImportOptions.defaults().withColumns(mapping).withDatePattern("dd/MM/yyyy HH:mm"));

    assertThat(imported.transactions())
        .containsExactly(
            new Transaction(
                "489434", "", 12, LocalDateTime.of(2009, 12, 1, 7, 45), 6.95, "13085", ""));
  }

  @Test
  void keysOnlyLeavesStockCodeAndCountryUnread() {
    ImportOptions keys =
        ImportOptions.defaults().withColumns(ColumnMapping.onlineRetail().keysOnly());

    TransactionImport imported = read(FIXTURE, keys);

    assertThat(imported.report()).isEqualTo(read(FIXTURE, ImportOptions.defaults()).report());
    assertThat(imported.transactions().getFirst())
        .isEqualTo(
            new Transaction("1001", "", 2, LocalDateTime.of(2011, 1, 5, 10, 0), 1.5, "100", ""));
  }

  @Test
  void unknownMappingFieldIsNamed() {
    assertThatThrownBy(() -> ColumnMapping.onlineRetail().with("price", "Price"))
        .hasMessageContaining("found 'price'");
  }

  @Test
  void quotedLineBreaksKeepLineNumbersOfLaterRows() {
    String csv =
        HEADER
            + "1,A,\"TWO\nLINES\",2,2011-01-05 10:00,1.5,7,UK\n"
            + "2,A,X,oops,2011-01-05 10:00,1.5,7,UK\n";

    assertThatThrownBy(() -> read(csv, ImportOptions.defaults()))
        .hasMessage("fixture.csv line 4: Quantity must be an integer, found 'oops'");
  }

  @Test
  void unclosedQuoteIsReportedAtTheLineWhereItOpens() {
    String csv =
        HEADER + "1,A,X,2,2011-01-05 10:00,1.5,7,UK\n" + "2,A,\"OPEN,2,2011-01-05 10:00,1.5,7,UK\n";

    assertThatThrownBy(() -> read(csv, ImportOptions.defaults()))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessage(
            "fixture.csv line 3: Quantity has no value: the row has 3 fields, the header 8");
  }

  @Test
  void gzipFilesAreDecompressedAndNamedWithoutTheSuffix(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sales.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(FIXTURE.getBytes(StandardCharsets.UTF_8));
    }

    TransactionImport imported = Analytics.importTransactions(file, ImportOptions.defaults());

    assertThat(imported.report().source()).isEqualTo("sales.csv");
    assertThat(imported.report().kept()).isEqualTo(4);
  }
}
