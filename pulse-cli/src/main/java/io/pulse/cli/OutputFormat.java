package io.pulse.cli;

import io.pulse.core.SentimentScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** How {@code pulse score} and {@code pulse demo} print scores. */
enum OutputFormat {
  table {
    @Override
    void write(PrintWriter out, List<String> texts, List<SentimentScore> scores) {
      out.printf(Locale.ROOT, "%-9s %6s %6s  %s%n", "label", "score", "conf", "text");
      for (int i = 0; i < texts.size(); i++) {
        SentimentScore s = scores.get(i);
        out.printf(
            Locale.ROOT,
            "%-9s %+6.2f %6.2f  %s%n",
            s.label().wireName(),
            s.score(),
            s.confidence(),
            shorten(texts.get(i), 90));
      }
    }
  },
  jsonl {
    @Override
    void write(PrintWriter out, List<String> texts, List<SentimentScore> scores) {
      JsonMapper mapper = JsonMapper.builder().build();
      for (int i = 0; i < texts.size(); i++) {
        out.println(mapper.writeValueAsString(row(texts.get(i), scores.get(i))));
      }
    }
  },
  csv {
    @Override
    void write(PrintWriter out, List<String> texts, List<SentimentScore> scores) {
      try {
        CSVPrinter printer =
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "text", "label", "score", "negative", "neutral", "positive", "model_version")
                .setRecordSeparator('\n')
                .get()
                .print(out);
        for (int i = 0; i < texts.size(); i++) {
          printer.printRecord(row(texts.get(i), scores.get(i)).values());
        }
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write CSV", e);
      }
    }
  };

  abstract void write(PrintWriter out, List<String> texts, List<SentimentScore> scores);

  static Map<String, Object> row(String text, SentimentScore s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", text);
    row.put("label", s.label().wireName());
    row.put("score", round(s.score()));
    row.put("negative", round(s.negative()));
    row.put("neutral", round(s.neutral()));
    row.put("positive", round(s.positive()));
    row.put("model_version", s.modelVersion());
    return row;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  static String shorten(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
  }
}
