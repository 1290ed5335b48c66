package io.pulse.cli;

import io.pulse.core.Attribution;
import io.pulse.core.Emotion;
import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** How {@code pulse score} and {@code pulse demo} print scores. */
enum OutputFormat {
  table {
    @Override
    void write(PrintWriter out, List<String> texts, List<SentimentScore> scores, Extras extras) {
      String emotionHeader =
          extras.emotions() == null ? "" : String.format(Locale.ROOT, "%-17s ", "emotion");
      String languageHeader = extras.languages() == null ? "" : "lang ";
      out.printf(
          Locale.ROOT,
          "%s%-9s %6s %6s  %s%s%n",
          languageHeader,
          "label",
          "score",
          "conf",
          emotionHeader,
          "text");
      for (int i = 0; i < texts.size(); i++) {
        SentimentScore s = scores.get(i);
        String language =
            extras.languages() == null
                ? ""
                : String.format(Locale.ROOT, "%-4s ", extras.languages().get(i));
        if (s == null) {
          out.printf(
              Locale.ROOT,
              "%s%-9s %6s %6s  %s%n",
              language,
              "unscored",
              "-",
              "-",
              shorten(texts.get(i), 90) + "  (" + UNSCORED_REASON + ")");
          continue;
        }
        String emotion = "";
        if (extras.emotions() != null && extras.emotions().get(i) != null) {
          EmotionScores e = extras.emotions().get(i);
          emotion =
              String.format(
                  Locale.ROOT,
                  "%-17s ",
                  String.format(
                      Locale.ROOT,
                      "%s %.2f",
                      e.dominant().wireName(),
                      e.probabilities().get(e.dominant())));
        }
        out.printf(
            Locale.ROOT,
            "%s%-9s %+6.2f %6.2f  %s%s%n",
            language,
            s.label().wireName(),
            s.score(),
            s.confidence(),
            emotion,
            shorten(texts.get(i), 90));
        if (extras.explanations() != null) {
          out.printf(Locale.ROOT, "%24s why: %s%n", "", because(extras.explanations().get(i)));
        }
      }
    }
  },
  jsonl {
    @Override
    void write(PrintWriter out, List<String> texts, List<SentimentScore> scores, Extras extras) {
      JsonMapper mapper = JsonMapper.builder().build();
      for (int i = 0; i < texts.size(); i++) {
        Map<String, Object> row = row(texts.get(i), scores.get(i), language(extras, i));
        if (extras.emotions() != null && extras.emotions().get(i) != null) {
          EmotionScores e = extras.emotions().get(i);
          row.put("emotion", e.dominant().wireName());
          Map<String, Object> probabilities = new LinkedHashMap<>();
          for (Emotion emotion : Emotion.values()) {
            probabilities.put(emotion.wireName(), round(e.probabilities().get(emotion)));
          }
          row.put("emotions", probabilities);
          row.put("emotion_model_version", e.modelVersion());
        }
        if (extras.explanations() != null) {
          List<Map<String, Object>> why = new ArrayList<>();
          for (Attribution a : extras.explanations().get(i)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("phrase", a.phrase());
            item.put("weight", round(a.weight()));
            why.add(item);
          }
          row.put("explanation", why);
        }
        out.println(mapper.writeValueAsString(row));
      }
    }
  },
  csv {
    @Override
    void write(PrintWriter out, List<String> texts, List<SentimentScore> scores, Extras extras) {
      List<String> header =
          new ArrayList<>(
              List.of(
                  "text", "label", "score", "negative", "neutral", "positive", "model_version"));
      if (extras.languages() != null) {
        header.add("language");
      }
      if (extras.emotions() != null) {
        header.add("emotion");
        for (Emotion emotion : Emotion.values()) {
          header.add(emotion.wireName());
        }
      }
      if (extras.explanations() != null) {
        header.add("explanation");
      }
      try {
        CSVPrinter printer =
            CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n')
                .get()
                .print(out);
        for (int i = 0; i < texts.size(); i++) {
          Map<String, Object> row = row(texts.get(i), scores.get(i), language(extras, i));
          row.remove("unscored_reason");
          List<Object> values = new ArrayList<>(row.values());
          if (extras.emotions() != null) {
            EmotionScores e = extras.emotions().get(i);
            values.add(e == null ? "" : e.dominant().wireName());
            for (Emotion emotion : Emotion.values()) {
              values.add(e == null ? "" : round(e.probabilities().get(emotion)));
            }
          }
          if (extras.explanations() != null) {
            values.add(because(extras.explanations().get(i)));
          }
          printer.printRecord(values);
        }
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write CSV", e);
      }
    }
  };

  /**
   * What {@code pulse score} may print next to the sentiment; null lists are not printed.
   *
   * @param emotions emotion scores per text, or null
   * @param explanations strongest phrases per text, or null
   * @param languages the routed language code per text, or null (not printed)
   */
  record Extras(
      List<EmotionScores> emotions, List<List<Attribution>> explanations, List<String> languages) {
    static final Extras NONE = new Extras(null, null, null);

    Extras(List<EmotionScores> emotions, List<List<Attribution>> explanations) {
      this(emotions, explanations, null);
    }
  }

  /** Printed for a text no model reads. */
  static final String UNSCORED_REASON = io.pulse.language.LanguageRouter.UNSUPPORTED_LANGUAGE;

  private static String language(Extras extras, int i) {
    return extras.languages() == null ? null : extras.languages().get(i);
  }

  /** Prints sentiment scores only. */
  void write(PrintWriter out, List<String> texts, List<SentimentScore> scores) {
    write(out, texts, scores, Extras.NONE);
  }

  abstract void write(
      PrintWriter out, List<String> texts, List<SentimentScore> scores, Extras extras);

  static Map<String, Object> row(String text, SentimentScore s) {
    return row(text, s, null);
  }

  /** One output row; an unscored text (null score) has label {@code unscored} and a reason. */
  static Map<String, Object> row(String text, SentimentScore s, String language) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", text);
    row.put("label", s == null ? "unscored" : s.label().wireName());
    row.put("score", s == null ? null : round(s.score()));
    row.put("negative", s == null ? null : round(s.negative()));
    row.put("neutral", s == null ? null : round(s.neutral()));
    row.put("positive", s == null ? null : round(s.positive()));
    row.put("model_version", s == null ? null : s.modelVersion());
    if (language != null) {
      row.put("language", language);
    }
    if (s == null) {
      row.put("unscored_reason", UNSCORED_REASON);
    }
    return row;
  }

  /** An explanation on one line: {@code rude -0.41; late -0.22}. */
  static String because(List<Attribution> attributions) {
    if (attributions.isEmpty()) {
      return "-";
    }
    return attributions.stream()
        .map(a -> String.format(Locale.ROOT, "%s %+.2f", a.phrase(), a.weight()))
        .collect(Collectors.joining("; "));
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  static String shorten(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
  }
}
