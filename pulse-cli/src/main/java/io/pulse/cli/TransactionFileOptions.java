package io.pulse.cli;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.ColumnMapping;
import io.pulse.analytics.ImportOptions;
import io.pulse.analytics.ImportReport;
import io.pulse.analytics.RowError;
import io.pulse.analytics.TransactionFormatException;
import io.pulse.analytics.TransactionImport;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code pulse rfm} and {@code pulse cohort}: which transactions to read, how.
 */
final class TransactionFileOptions {

  static final String DEFAULT_FILE = "datasets/online-retail/online_retail.csv.gz";

  @Option(
      names = "--file",
      paramLabel = "CSV",
      description =
          "Transactions, CSV or CSV.gz with a header (default: the bundled UCI Online Retail file,"
              + " "
              + DEFAULT_FILE
              + ").")
  Path file;

  @Option(
      names = "--column",
      paramLabel = "FIELD=HEADER",
      description =
          "Map a field to another header name; fields: "
              + ColumnMapping.FIELDS
              + " (defaults: InvoiceNo, StockCode, Quantity, InvoiceDate, UnitPrice, CustomerID,"
              + " Country). Repeatable.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      defaultValue = ImportOptions.DEFAULT_DATE_PATTERN,
      description = "InvoiceDate pattern (default: ${DEFAULT-VALUE}).")
  String datePattern;

  @Option(
      names = "--skip-malformed",
      description =
          "Skip malformed rows and report them (count and the first few). Default: the first"
              + " malformed row stops the command with its file, line and column.")
  boolean skipMalformed;

  @Option(
      names = "--exclude-zero-price",
      description =
          "Also drop rows with unit price 0 (kept by default, as in the usual recipe: 4,339"
              + " Online Retail customers; excluding them gives 4,338).")
  boolean excludeZeroPrice;

  /**
   * Reads the file with the options given; takes over the {@link EarlyImport} when it read the same
   * file with the same options.
   */
  TransactionImport load() {
    ImportOptions options = importOptions(columns, datePattern, skipMalformed, excludeZeroPrice);
    try {
      Path path = resolveFile();
      return EarlyImport.take(path, options)
          .orElseGet(() -> Analytics.importTransactions(path, options));
    } catch (TransactionFormatException e) {
      if (e.error() == null || skipMalformed) {
        throw e;
      }
      throw new IllegalArgumentException(
          e.getMessage()
              + " (the import stops at the first malformed row; --skip-malformed skips and"
              + " reports them)",
          e);
    }
  }

  /**
   * The import options of these option values. Stock code and country are not read: neither RFM nor
   * cohorts need them.
   */
  static ImportOptions importOptions(
      Map<String, String> columns,
      String datePattern,
      boolean skipMalformed,
      boolean excludeZeroPrice) {
    ColumnMapping mapping = ColumnMapping.onlineRetail();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      mapping = mapping.with(column.getKey(), column.getValue());
    }
    return new ImportOptions(mapping.keysOnly(), datePattern, skipMalformed, excludeZeroPrice);
  }

  /** The file to read: --file, else the bundled file from the working directory or the repo. */
  Path resolveFile() {
    return resolve(file);
  }

  /**
   * {@code file} when it is readable; for {@code null} the bundled file from the working directory
   * or the repository.
   *
   * @throws IllegalArgumentException when the file is not readable or the bundled file not found
   */
  static Path resolve(Path file) {
    if (file != null) {
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("--file " + file + ": no such readable file");
      }
      return file;
    }
    Path here = Path.of(DEFAULT_FILE);
    if (Files.isReadable(here)) {
      return here;
    }
    Path bundled = repositoryRoot().resolve(DEFAULT_FILE);
    if (Files.isReadable(bundled)) {
      return bundled;
    }
    throw new IllegalArgumentException(
        "the bundled file " + DEFAULT_FILE + " was not found; pass --file");
  }

  /** pulse-cli/target/pulse-cli.jar lives two levels below the repository root. */
  private static Path repositoryRoot() {
    try {
      Path jar =
          Path.of(
              TransactionFileOptions.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      Path root = jar.getParent() == null ? null : jar.getParent().getParent();
      return root == null || root.getParent() == null ? Path.of(".") : root.getParent();
    } catch (URISyntaxException | SecurityException e) {
      return Path.of(".");
    }
  }

  /** Prints what the import read and dropped. */
  static void printReport(PrintWriter out, ImportReport report, boolean skipMalformed) {
    out.printf(
        Locale.ROOT,
        "%s: %,d rows, %,d kept (%,d customers)%n",
        report.source(),
        report.rows(),
        report.kept(),
        report.customers());
    out.printf(
        Locale.ROOT,
        "  dropped: %,d without customer, %,d cancellations (invoice C...), %,d quantity <= 0;"
            + " %,d price <= 0 (price 0 kept unless --exclude-zero-price); counts overlap%n",
        report.missingCustomer(),
        report.cancellations(),
        report.nonPositiveQuantity(),
        report.nonPositivePrice());
    if (skipMalformed) {
      out.printf(Locale.ROOT, "  malformed rows skipped: %,d%n", report.malformed());
      for (RowError error : report.errors()) {
        out.println("    " + error);
      }
      if (report.malformed() > report.errors().size()) {
        out.printf(
            Locale.ROOT,
            "    ... %,d more not shown%n",
            report.malformed() - report.errors().size());
      }
    }
  }
}
