package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyticsCommandsTest {

  static final String CSV =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
          + "1001,A,\"WIDGET, RED\",2,2011-01-05 10:00,1.50,100,United Kingdom\n"
          + "C1002,A,WIDGET,-1,2011-01-06 09:00,1.50,100,United Kingdom\n"
          + "1003,A,WIDGET,5,2011-01-07 11:00,1.50,,United Kingdom\n"
          + "1005,B,GIFT,1,2011-02-01 12:00,3.00,200,France\n"
          + "1007,A,WIDGET,4,2011-03-03 13:00,2.25,300,Germany\n"
          + "1008,A,WIDGET,1,2011-03-04 13:00,2.25,100,United Kingdom\n";

  record Run(int exitCode, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path fixture(Path dir, String csv) throws IOException {
    return Files.writeString(dir.resolve("sales.csv"), csv);
  }

  @Test
  void rfmPrintsImportCountsAndTheSegmentTable(@TempDir Path dir) throws IOException {
    Run run = run(new RfmCommand(), "--file", fixture(dir, CSV).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("sales.csv: 6 rows, 4 kept (3 customers)")
        .contains("1 without customer, 1 cancellations")
        .contains("RFM as of 2011-03-05: 3 customers")
        .contains("champions")
        .contains("need attention");
  }

  @Test
  void rfmWritesOneRowPerCustomer(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("customers.csv");

    Run run =
        run(
            new RfmCommand(),
            "--file",
            fixture(dir, CSV).toString(),
            "--format",
            "csv",
            "--customers",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("segment,customers,share,recency_mean,");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.getFirst()).startsWith("customer_id,last_purchase,recency,frequency,monetary");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("100,2011-03-04,1,2,5.25,");
  }

  @Test
  void malformedRowStopsWithFileLineColumnAndTheSkipOption(@TempDir Path dir) throws IOException {
    String bad = CSV + "1009,A,WIDGET,abc,2011-03-04 13:00,2.25,100,United Kingdom\n";

    Run run = run(new RfmCommand(), "--file", fixture(dir, bad).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("sales.csv line 8: Quantity must be an integer, found 'abc'")
        .contains("--skip-malformed");
  }

  @Test
  void skippedMalformedRowsAreListed(@TempDir Path dir) throws IOException {
    String bad = CSV + "1009,A,WIDGET,abc,2011-03-04 13:00,2.25,100,United Kingdom\n";

    Run run = run(new RfmCommand(), "--file", fixture(dir, bad).toString(), "--skip-malformed");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("malformed rows skipped: 1")
        .contains("sales.csv line 8: Quantity must be an integer, found 'abc'");
  }

  @Test
  void cohortPrintsRetentionPercentagesAndRevenue(@TempDir Path dir) throws IOException {
    Path file = fixture(dir, CSV);

    Run retention = run(new CohortCommand(), "--file", file.toString(), "--format", "csv");
    Run revenue = run(new CohortCommand(), "--file", file.toString(), "--revenue");

    assertThat(retention.out().lines())
        .containsExactly(
            "cohort,customers,retention_m0,retention_m1,retention_m2",
            "2011-01,1,1,0,1",
            "2011-02,1,1,0",
            "2011-03,1,1");
    assertThat(revenue.out()).contains("Revenue per cohort").contains("2011-01");
  }

  @Test
  void jsonHasTheImportReportAndSegments(@TempDir Path dir) throws IOException {
    Run run = run(new RfmCommand(), "--file", fixture(dir, CSV).toString(), "--format", "json");

    assertThat(run.out())
        .contains("\"import\"")
        .containsPattern("\"kept\" ?: ?4")
        .contains("\"segments\"");
  }

  @Test
  void analyticsCommandsAreDispatchedWithoutTheCommandTree() {
    assertThat(AnalyticsCommands.handles(new String[] {"rfm", "--bench"})).isTrue();
    assertThat(AnalyticsCommands.handles(new String[] {"score"})).isFalse();
    assertThat(AnalyticsCommands.handles(new String[0])).isFalse();
  }
}
