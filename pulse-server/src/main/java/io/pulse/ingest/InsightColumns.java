package io.pulse.ingest;

import io.pulse.core.Emotion;
import io.pulse.core.EmotionScores;
import io.pulse.insight.Analysis;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an {@link Analysis} is stored (schema V3): the insight columns of {@code interactions}, the
 * {@code fallback} flag of its score row and its {@code interaction_aspects} rows.
 */
final class InsightColumns {

  /** Column list and parameters to append to the interactions INSERT. */
  static final String COLUMNS =
      "detected_language, language_source, scoring_status, unscored_reason, mixed, mixed_parts,"
          + " emotion, emotions, emotion_model";

  static final String PARAMETERS =
      ":detectedLanguage, :languageSource, :scoringStatus, :unscoredReason, :mixed, :mixedParts,"
          + " :emotion, :emotions, :emotionModel";

  /** SET clause for re-analysed interactions (same parameters). */
  static final String UPDATE =
      "detected_language = :detectedLanguage, language_source = :languageSource, scoring_status ="
          + " :scoringStatus, unscored_reason = :unscoredReason, mixed = :mixed, mixed_parts ="
          + " :mixedParts, emotion = :emotion, emotions = :emotions, emotion_model = :emotionModel";

  static final String INSERT_ASPECT =
      "INSERT INTO interaction_aspects (interaction_id, aspect, score)"
          + " SELECT id, :aspect, :score FROM interactions WHERE external_id = :externalId";

  private InsightColumns() {}

  static MapSqlParameterSource add(MapSqlParameterSource params, Analysis a, JsonMapper json) {
    EmotionScores emotions = a.emotions();
    return params
        .addValue("detectedLanguage", a.language(), Types.VARCHAR)
        .addValue("languageSource", lower(a.languageSource()), Types.VARCHAR)
        .addValue("scoringStatus", lower(a.status()))
        .addValue("unscoredReason", a.unscoredReason(), Types.VARCHAR)
        .addValue("mixed", a.mixed())
        .addValue("mixedParts", a.mixed() ? json.writeValueAsString(parts(a)) : null, Types.VARCHAR)
        .addValue(
            "emotion", emotions == null ? null : emotions.dominant().wireName(), Types.VARCHAR)
        .addValue(
            "emotions",
            emotions == null ? null : json.writeValueAsString(probabilities(emotions)),
            Types.VARCHAR)
        .addValue("emotionModel", emotions == null ? null : emotions.modelVersion(), Types.VARCHAR);
  }

  /** One aspect row per aspect of every scored item. */
  static SqlParameterSource[] aspectRows(List<ScoredInteraction> items) {
    List<SqlParameterSource> rows = new ArrayList<>();
    for (ScoredInteraction item : items) {
      for (Analysis.AspectScore aspect : item.analysis().aspects()) {
        rows.add(
            new MapSqlParameterSource()
                .addValue("externalId", item.interaction().externalId())
                .addValue("aspect", aspect.aspect())
                .addValue("score", Math.max(-1, Math.min(1, aspect.score()))));
      }
    }
    return rows.toArray(SqlParameterSource[]::new);
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
