package io.pulse.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.pulse.analytics.CohortResult;
import io.pulse.analytics.CohortRow;
import io.pulse.analytics.CustomerRfm;
import io.pulse.analytics.SegmentSummary;
import io.pulse.analytics.Stats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import tools.jackson.databind.json.JsonMapper;

/** Writes the RFM and cohort tables as text, CSV or JSON. */
final class AnalyticsOutput {

  private static final String[] MEASURES = {"recency", "frequency", "monetary"};
  private static final String[] STATS = {"mean", "std", "min", "max"};

  private AnalyticsOutput() {}

  static void segmentTable(PrintWriter out, List<SegmentSummary> segments) {
    out.printf(Locale.ROOT, "%-20s %9s %6s", "segment", "customers", "share");
    for (String measure : MEASURES) {
      out.printf(Locale.ROOT, " | %-37s", measure + " (mean std min max)");
    }
    out.println();
    for (SegmentSummary s : segments) {
      out.printf(Locale.ROOT, "%-20s %,9d %5.1f%%", s.segment(), s.customers(), 100 * s.share());
      for (Stats stats : List.of(s.recency(), s.frequency(), s.monetary())) {
        out.printf(
            Locale.ROOT,
            " | %9.2f %9.2f %8.2f %9.2f",
            stats.mean(),
            stats.std(),
            stats.min(),
            stats.max());
      }
      out.println();
    }
  }

  static void segmentCsv(Writer out, List<SegmentSummary> segments) {
    List<String> header = new ArrayList<>(List.of("segment", "customers", "share"));
    for (String measure : MEASURES) {
      for (String stat : STATS) {
        header.add(measure + "_" + stat);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (SegmentSummary s : segments) {
      List<String> row = new ArrayList<>(List.of(s.segment(), "" + s.customers(), num(s.share())));
      for (Stats stats : List.of(s.recency(), s.frequency(), s.monetary())) {
        row.addAll(
            List.of(num(stats.mean()), num(stats.std()), num(stats.min()), num(stats.max())));
      }
      rows.add(row);
    }
    csv(out, header, rows);
  }

  /** Writes one row per customer to {@code file}, atomically (temp file, then move). */
  static void customersCsv(Path file, List<CustomerRfm> customers) {
    List<String> header =
        List.of(
            "customer_id",
            "last_purchase",
            "recency",
            "frequency",
            "monetary",
            "r_score",
            "f_score",
            "m_score",
            "rfm_score",
            "segment");
    List<List<String>> rows = new ArrayList<>(customers.size());
    for (CustomerRfm c : customers) {
      rows.add(
          List.of(
              c.customerId(),
              c.lastPurchase().toString(),
              "" + c.recency(),
              "" + c.frequency(),
              num(c.monetary()),
              "" + c.recencyScore(),
              "" + c.frequencyScore(),
              "" + c.monetaryScore(),
              c.rfmScore(),
              c.segment()));
    }
    Path absolute = file.toAbsolutePath();
    try {
      Path temp = Files.createTempFile(absolute.getParent(), ".customers", ".csv.tmp");
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        csv(writer, header, rows);
      } catch (IOException | UncheckedIOException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write --customers " + file, e);
    }
  }

  static void cohortTable(PrintWriter out, CohortResult cohorts, boolean revenue) {
    int width = cohorts.maxOffsets();
    out.printf(Locale.ROOT, "%-8s %9s", "cohort", "customers");
    for (int offset = 0; offset < width; offset++) {
      out.printf(Locale.ROOT, revenue ? " %10s" : " %6s", "m" + offset);
    }
    out.println();
    for (CohortRow row : cohorts.rows()) {
      out.printf(Locale.ROOT, "%-8s %,9d", row.cohort(), row.customers());
      for (int offset = 0; offset < row.activeCustomers().size(); offset++) {
        if (revenue) {
          out.printf(Locale.ROOT, " %,10.0f", row.revenue().get(offset));
        } else {
          out.printf(Locale.ROOT, " %5.1f%%", 100 * row.retention(offset));
        }
      }
      out.println();
    }
  }

  static void cohortCsv(Writer out, CohortResult cohorts, boolean revenue) {
    int width = cohorts.maxOffsets();
    List<String> header = new ArrayList<>(List.of("cohort", "customers"));
    for (int offset = 0; offset < width; offset++) {
      header.add((revenue ? "revenue_m" : "retention_m") + offset);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CohortRow row : cohorts.rows()) {
      IntFunction<String> cell =
          offset -> num(revenue ? row.revenue().get(offset) : row.retention(offset));
      List<String> values = new ArrayList<>(List.of(row.cohort().toString(), "" + row.customers()));
      for (int offset = 0; offset < row.activeCustomers().size(); offset++) {
        values.add(cell.apply(offset));
      }
      rows.add(values);
    }
    csv(out, header, rows);
  }

  static void json(PrintWriter out, Object document) {
    out.println(
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document));
  }

  private static void csv(Writer out, List<String> header, List<List<String>> rows) {
    CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    writer.writeRecord(header);
    for (List<String> row : rows) {
      writer.writeRecord(row);
    }
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.4f", value).replaceFirst("\\.?0+$", "");
  }
}
