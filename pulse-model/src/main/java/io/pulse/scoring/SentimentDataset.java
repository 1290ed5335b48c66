package io.pulse.scoring;

import io.pulse.core.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Labelled texts read from a CSV file (optionally gzipped) with a header row. Every problem is
 * reported as {@link InvalidDataException} naming file, line and field.
 */
record SentimentDataset(List<LabeledText> examples) {

  /** Reads the {@code text} and {@code label} columns. */
  static SentimentDataset read(Path file) {
    return read(LabelledFile.standard(file));
  }

  /** Reads a file as {@code spec} describes; rows with an unmapped label are skipped. */
  static SentimentDataset read(LabelledFile spec) {
    Path file = spec.file();
    List<LabeledText> examples = new ArrayList<>();
    List<String> columns =
        spec.fixedLabel() == null
            ? List.of(spec.textColumn(), spec.labelColumn())
            : List.of(spec.textColumn());
    CsvRows.forEach(
        file,
        columns,
        (record, line) -> {
          SentimentLabel label = label(spec, record, line);
          if (label != null) {
            examples.add(new LabeledText(record.get(spec.textColumn()), label));
          }
        });
    if (examples.isEmpty()) {
      throw new InvalidDataException(file + ": no data rows");
    }
    return new SentimentDataset(List.copyOf(examples));
  }

  private static SentimentLabel label(LabelledFile spec, CSVRecord record, long line) {
    if (spec.fixedLabel() != null) {
      return spec.fixedLabel();
    }
    String value = record.get(spec.labelColumn());
    if (!spec.labelMap().isEmpty()) {
      return spec.labelMap().get(value.strip());
    }
    try {
      return SentimentLabel.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(spec.file() + " line " + line + ": " + e.getMessage());
    }
  }

  static SentimentDataset concat(List<SentimentDataset> parts) {
    return new SentimentDataset(parts.stream().flatMap(p -> p.examples().stream()).toList());
  }

  List<String> texts() {
    return examples.stream().map(LabeledText::text).toList();
  }

  List<SentimentLabel> labels() {
    return examples.stream().map(LabeledText::label).toList();
  }

  int size() {
    return examples.size();
  }

  /** Lower-case hex SHA-256 of the file's bytes, as stored in model manifests. */
  static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Streams CSV records with the line number where each record starts. */
  static final class CsvRows {
    private CsvRows() {}

    interface RowHandler {
      void accept(CSVRecord record, long line);
    }

    static void forEach(Path file, List<String> requiredColumns, RowHandler handler) {
      if (!Files.isRegularFile(file)) {
        throw new InvalidDataException(file + ": file not found");
      }
      try (BufferedReader reader = open(file);
          CSVParser parser =
              CSVFormat.RFC4180
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(reader)) {
        for (String column : requiredColumns) {
          if (!parser.getHeaderMap().containsKey(column)) {
            throw new InvalidDataException(
                file
                    + " line 1: missing column '"
                    + column
                    + "', found "
                    + parser.getHeaderNames());
          }
        }
        long line = parser.getCurrentLineNumber() + 1;
        for (CSVRecord record : parser) {
          if (!record.isConsistent()) {
            throw new InvalidDataException(
                file
                    + " line "
                    + line
                    + ": expected "
                    + parser.getHeaderNames().size()
                    + " fields, found "
                    + record.size());
          }
          handler.accept(record, line);
          line = parser.getCurrentLineNumber() + 1;
        }
      } catch (IOException | UncheckedIOException e) {
        throw new InvalidDataException(file + ": cannot read CSV: " + e.getMessage());
      }
    }

    private static BufferedReader open(Path file) throws IOException {
      InputStream in = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
  }
}
