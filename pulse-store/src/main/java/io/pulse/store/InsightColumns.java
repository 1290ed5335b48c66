package io.pulse.store;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScores;
import io.pulse.insight.Analysis;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an {@link Analysis} is stored (schema V3): the insight columns of {@code interactions} and
 * its {@code interaction_aspects} rows.
 */
final class InsightColumns {

  private static final List<String> NAMES =
      List.of(
          "detected_language",
          "language_source",
          "scoring_status",
          "unscored_reason",
          "mixed",
          "mixed_parts",
          "emotion",
          "emotions",
          "emotion_model");

  /** SET clause of the insight columns; {@link #bind} fills its {@link #COUNT} parameters. */
  static final String UPDATE = String.join(" = ?, ", NAMES) + " = ?";

  /** The insight columns in {@link #bind} order, for an INSERT's column list. */
  static final String COLUMNS = String.join(", ", NAMES);

  static final int COUNT = NAMES.size();

  /** Inserts one aspect row; {@link #addAspects} binds it. */
  static final String INSERT_ASPECT =
      "INSERT INTO interaction_aspects (interaction_id, aspect, score) VALUES (?, ?, ?)";

  private final JsonMapper json;

  InsightColumns(JsonMapper json) {
    this.json = json;
  }

  /** Binds the {@link #UPDATE} parameters from {@code first} on; returns the next index. */
  int bind(PreparedStatement statement, int first, Analysis a) throws SQLException {
    EmotionScores emotions = a.emotions();
    int i = first;
    statement.setString(i++, a.language());
    statement.setString(i++, lower(a.languageSource()));
    statement.setString(i++, lower(a.status()));
    statement.setString(i++, a.unscoredReason());
    statement.setBoolean(i++, a.mixed());
    Sql.nullable(statement, i++, a.mixed() ? json.writeValueAsString(parts(a)) : null);
    Sql.nullable(statement, i++, emotions == null ? null : emotions.dominant().wireName());
    Sql.nullable(
        statement, i++, emotions == null ? null : json.writeValueAsString(probabilities(emotions)));
    Sql.nullable(statement, i++, emotions == null ? null : emotions.modelVersion());
    return i;
  }

  /**
   * Adds the aspect rows of an analysis to an {@link #INSERT_ASPECT} batch: none when it has no
   * score (an unscored message has no aspect sentiment).
   *
   * @return whether a row was added
   */
  static boolean addAspects(PreparedStatement insert, long id, Analysis a) throws SQLException {
    if (a.score() == null || a.aspects().isEmpty()) {
      return false;
    }
    for (Analysis.AspectScore aspect : a.aspects()) {
      insert.setLong(1, id);
      insert.setString(2, aspect.aspect());
      insert.setDouble(3, aspectScore(aspect));
      insert.addBatch();
    }
    return true;
  }

  /** An aspect score clamped to the stored range [-1, 1]. */
  static double aspectScore(Analysis.AspectScore aspect) {
    return Math.max(-1, Math.min(1, aspect.score()));
  }

  private static List<Map<String, Object>> parts(Analysis a) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Analysis.Part part : a.parts()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("text", part.text());
      p.put("score", part.score());
      p.put("label", part.label().wireName());
      parts.add(p);
    }
    return parts;
  }

  private static Map<String, Double> probabilities(EmotionScores emotions) {
    Map<String, Double> p = new LinkedHashMap<>();
    for (Emotion emotion : Emotion.values()) {
      p.put(emotion.wireName(), emotions.probabilities().getOrDefault(emotion, 0.0));
    }
    return p;
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
