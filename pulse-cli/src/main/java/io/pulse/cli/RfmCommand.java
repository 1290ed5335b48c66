package io.pulse.cli;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.CohortResult;
import io.pulse.analytics.RfmOptions;
import io.pulse.analytics.RfmResult;
import io.pulse.analytics.SegmentRules;
import io.pulse.analytics.TransactionImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulse rfm}: RFM scores and the per-segment table of a transaction file. */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    description = {
      "RFM segmentation of a transaction file: import counts, then per segment the customer count"
          + " and mean/std/min/max of recency (days), frequency (invoices) and monetary (spend).",
      "Scores are quintiles of rank (ties by customer id), recency inverted; segments from the R x"
          + " F map (champions, loyal customers, ...)."
    })
final class RfmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin TransactionFileOptions input;

  @Option(
      names = "--reference-date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Count recency up to this date; only earlier transactions count (default: the day after"
              + " the last transaction, 2011-12-10 for Online Retail).")
  LocalDate referenceDate;

  @Option(
      names = "--segments",
      paramLabel = "FILE",
      description =
          "Segment rules, one 'pattern=segment' per line, pattern a regex over the two digits R+F"
              + " (default: the standard ten segments).")
  Path segments;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  AnalyticsFormat format;

  @Option(
      names = "--customers",
      paramLabel = "OUT.csv",
      description = "Also write one row per customer (values, scores, segment) to this file.")
  Path customers;

  @Option(
      names = "--bench",
      description =
          "Also compute the monthly cohort retention (in parallel with RFM) and print phase"
              + " timings and the whole process time on stderr.")
  boolean bench;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return CliFailure.run(
        "rfm",
        err,
        () -> {
          RfmOptions options = new RfmOptions(referenceDate, rules());
          long start = System.nanoTime();
          TransactionImport loaded = input.load();
          long loadedAt = System.nanoTime();
          CompletableFuture<CohortResult> cohorts =
              bench
                  ? CompletableFuture.supplyAsync(() -> Analytics.cohorts(loaded.transactions()))
                  : null;
          RfmResult rfm = Analytics.rfm(loaded.transactions(), options);
          long rfmAt = System.nanoTime();
          CohortResult cohortResult = cohorts == null ? null : cohorts.join();
          long doneAt = System.nanoTime();
          print(out, err, loaded, rfm);
          if (customers != null) {
            AnalyticsOutput.customersCsv(customers, rfm.customers());
            err.printf(
                Locale.ROOT, "wrote %,d customers to %s%n", rfm.customers().size(), customers);
          }
          if (bench) {
            printBench(err, start, loadedAt, rfmAt, doneAt, cohortResult);
          }
          return 0;
        });
  }

  private SegmentRules rules() throws IOException {
    if (segments == null) {
      return SegmentRules.standard();
    }
    try {
      return SegmentRules.parse(Files.readAllLines(segments), segments.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read --segments " + segments, e);
    }
  }

  private void print(PrintWriter out, PrintWriter err, TransactionImport loaded, RfmResult rfm) {
    switch (format) {
      case table -> {
        TransactionFileOptions.printReport(out, loaded.report(), input.skipMalformed);
        out.printf(
            Locale.ROOT,
            "RFM as of %s: %,d customers%n",
            rfm.referenceDate(),
            rfm.customers().size());
        AnalyticsOutput.segmentTable(out, rfm.segments());
      }
      case csv -> {
        TransactionFileOptions.printReport(err, loaded.report(), input.skipMalformed);
        AnalyticsOutput.segmentCsv(out, rfm.segments());
      }
      case json -> {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("import", loaded.report());
        document.put("referenceDate", rfm.referenceDate().toString());
        document.put("customers", rfm.customers().size());
        document.put("segments", rfm.segments());
        AnalyticsOutput.json(out, document);
      }
    }
    out.flush();
  }

  private static void printBench(
      PrintWriter err, long start, long loadedAt, long rfmAt, long doneAt, CohortResult cohorts) {
    long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
    err.printf(
        Locale.ROOT,
        "bench: import %d ms (after option parsing; it starts before), rfm %d ms, cohorts"
            + " (parallel) %d cohorts, rfm+cohorts %d ms, JVM uptime %d ms, %d cores%n",
        (loadedAt - start) / 1_000_000,
        (rfmAt - loadedAt) / 1_000_000,
        cohorts.rows().size(),
        (doneAt - loadedAt) / 1_000_000,
        sinceJvmStart,
        Runtime.getRuntime().availableProcessors());
  }
}
