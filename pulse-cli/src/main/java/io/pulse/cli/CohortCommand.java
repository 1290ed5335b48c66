package io.pulse.cli;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.CohortResult;
import io.pulse.analytics.TransactionImport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulse cohort}: monthly acquisition cohorts and their retention (or revenue). */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Monthly cohort retention: customers grouped by the month of their first purchase; column"
          + " mN is the share of the cohort that bought again N months later (m0 = 100%%).",
      "With --revenue: the cohort's revenue per month offset instead."
    })
final class CohortCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin TransactionFileOptions input;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  AnalyticsFormat format;

  @Option(names = "--revenue", description = "Print revenue per cohort and month offset.")
  boolean revenue;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return CliFailure.run(
        "cohort",
        err,
        () -> {
          TransactionImport loaded = input.load();
          CohortResult cohorts = Analytics.cohorts(loaded.transactions());
          switch (format) {
            case table -> {
              TransactionFileOptions.printReport(out, loaded.report(), input.skipMalformed);
              out.printf(
                  Locale.ROOT,
                  "%s per cohort (month of first purchase) and month offset%n",
                  revenue ? "Revenue" : "Retention");
              AnalyticsOutput.cohortTable(out, cohorts, revenue);
            }
            case csv -> {
              TransactionFileOptions.printReport(err, loaded.report(), input.skipMalformed);
              AnalyticsOutput.cohortCsv(out, cohorts, revenue);
            }
            case json -> {
              Map<String, Object> document = new LinkedHashMap<>();
              document.put("import", loaded.report());
              document.put("cohorts", cohorts.rows());
              AnalyticsOutput.json(out, document);
            }
          }
          out.flush();
          return 0;
        });
  }
}
