package io.pulse.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Texts with class indices of a {@link Task}: what the trainer and the evaluator work on.
 *
 * @param texts the texts
 * @param labels class index per text (same order and size)
 */
record ClassDataset(List<String> texts, int[] labels) {

  /** The sentiment examples as class indices (label ordinals). */
  static ClassDataset of(SentimentDataset sentiment) {
    return new ClassDataset(
        sentiment.texts(), sentiment.labels().stream().mapToInt(Enum::ordinal).toArray());
  }

  /**
   * Reads the {@code text} and {@code label} columns of a file for {@code task}. Sentiment files
   * are read exactly as {@link SentimentDataset#read(Path)} reads them; for other tasks labels map
   * through {@link Task#classOf}, rows with a skipped label are left out and texts are brought to
   * one style ({@link EmotionText}), in training and evaluation alike.
   *
   * @throws InvalidDataException naming file and line for a missing column or an unknown label, or
   *     when no row is left
   */
  static ClassDataset read(Path file, Task task) {
    if (task == Task.SENTIMENT) {
      return of(SentimentDataset.read(file));
    }
    List<String> texts = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    SentimentDataset.CsvRows.forEach(
        file,
        List.of("text", "label"),
        (record, line) -> {
          String source = record.get("label");
          int label;
          try {
            label = task.classOf(source);
          } catch (IllegalArgumentException e) {
            throw new InvalidDataException(file + " line " + line + ": " + e.getMessage());
          }
          if (label >= 0) {
            String text = record.get("text");
            boolean carer = EmotionText.LABELS.contains(source.strip().toLowerCase(Locale.ROOT));
            texts.add(carer ? EmotionText.carer(text) : EmotionText.other(text));
            labels.add(label);
          }
        });
    if (texts.isEmpty()) {
      throw new InvalidDataException(file + ": no data rows for task " + task.wireName());
    }
    return new ClassDataset(
        List.copyOf(texts), labels.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Reads and concatenates files in order. */
  static ClassDataset read(List<Path> files, Task task) {
    List<String> texts = new ArrayList<>();
    List<int[]> parts = new ArrayList<>();
    for (Path file : files) {
      ClassDataset part = read(file, task);
      texts.addAll(part.texts());
      parts.add(part.labels());
    }
    int[] labels = new int[texts.size()];
    int at = 0;
    for (int[] part : parts) {
      System.arraycopy(part, 0, labels, at, part.length);
      at += part.length;
    }
    return new ClassDataset(List.copyOf(texts), labels);
  }

  int size() {
    return texts.size();
  }
}
