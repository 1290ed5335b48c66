package io.pulse.scoring;

import io.pulse.core.SentimentLabel;
import java.nio.file.Path;
import java.util.Map;

/**
 * A CSV file to evaluate on, with the columns to read and how its labels map to sentiment.
 *
 * @param file CSV file with a header row (plain or gzipped)
 * @param textColumn column holding the text
 * @param labelColumn column holding the label; ignored when {@code fixedLabel} is set
 * @param labelMap maps the file's own labels to sentiment labels (e.g. {@code joy -> positive});
 *     empty means the labels already are {@code negative|neutral|positive}. Rows whose label is not
 *     in a non-empty map are skipped, so ambiguous classes can be left out.
 * @param fixedLabel when not null, every row is expected to have this label (e.g. plain support
 *     requests, expected neutral)
 */
public record LabelledFile(
    Path file,
    String textColumn,
    String labelColumn,
    Map<String, SentimentLabel> labelMap,
    SentimentLabel fixedLabel) {

  /** Validates the column names. */
  public LabelledFile {
    if (textColumn == null || textColumn.isBlank()) {
      throw new IllegalArgumentException("text column must be named, found '" + textColumn + "'");
    }
    labelMap = Map.copyOf(labelMap);
  }

  /** A file with {@code text} and {@code label} columns holding sentiment labels. */
  public static LabelledFile standard(Path file) {
    return new LabelledFile(file, "text", "label", Map.of(), null);
  }
}
