package io.pulse.interactions;

import io.pulse.core.AuthorRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads interactions and their current scores; SQL that runs on PostgreSQL and H2 alike. */
@Repository
class InteractionQueries {

  /** Time buckets of aggregates. */
  enum Interval {
    DAY,
    WEEK,
    ALL
  }

  /** Optional grouping of aggregates. */
  enum Dimension {
    NONE,
    CHANNEL,
    PRODUCT
  }

  private static final String FROM =
      " FROM interactions i JOIN scores s ON s.interaction_id = i.id AND s.is_current = TRUE";

  /** Also unscored interactions (no score row, e.g. an unsupported language): lists and lookups. */
  private static final String FROM_ALL =
      " FROM interactions i LEFT JOIN scores s ON s.interaction_id = i.id AND s.is_current = TRUE";

  private static final String COLUMNS =
      "SELECT i.id, i.external_id, i.channel, i.occurred_at, i.customer_pseudonym,"
          + " i.conversation_id, i.product, i.tags, i.language, i.redacted_text, i.redactions,"
          + " i.ingested_at, s.model_version, s.label, s.score, s.p_neg, s.p_neu, s.p_pos,"
          + " s.confidence, s.scored_at, s.fallback, i.detected_language, i.language_source,"
          + " i.scoring_status, i.unscored_reason, i.mixed, i.mixed_parts, i.emotion, i.emotions,"
          + " i.author_role";

  /** Model version prefix of a person's correction in {@code scores}. */
  private static final String HUMAN = "human:";

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  InteractionQueries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** One page of matching interactions, newest first (oldest first when {@code ascending}). */
  List<InteractionView> find(InteractionFilter filter, int page, int size, boolean ascending) {
    Map<String, Object> params = new LinkedHashMap<>();
    String direction = ascending ? "ASC" : "DESC";
    String sql =
        COLUMNS
            + FROM_ALL
            + where(filter, params)
            + " ORDER BY i.occurred_at "
            + direction
            + ", i.id "
            + direction
            + " LIMIT :limit OFFSET :offset";
    params.put("limit", size);
    params.put("offset", (long) page * size);
    return withAspects(jdbc.sql(sql).params(params).query(this::view).list());
  }

  /** Number of matching interactions. */
  long count(InteractionFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    return jdbc.sql("SELECT COUNT(*)" + FROM_ALL + where(filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  /** One interaction by its stored id. */
  Optional<InteractionView> byId(long id) {
    return jdbc.sql(COLUMNS + FROM_ALL + " WHERE i.id = :id")
        .param("id", id)
        .query(this::view)
        .optional()
        .map(view -> withAspects(List.of(view)).getFirst());
  }

  /** The views with their aspects, read in one query. */
  private List<InteractionView> withAspects(List<InteractionView> views) {
    if (views.isEmpty()) {
      return views;
    }
    Map<Long, List<InteractionView.Aspect>> aspects = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT interaction_id, aspect, score FROM interaction_aspects"
                + " WHERE interaction_id IN (:ids) ORDER BY interaction_id, aspect")
        .param("ids", views.stream().map(InteractionView::id).toList())
        .query(row -> {
          aspects
              .computeIfAbsent(row.getLong("interaction_id"), k -> new ArrayList<>())
              .add(new InteractionView.Aspect(row.getString("aspect"), row.getDouble("score")));
        });
    return views.stream().map(v -> v.withAspects(aspects.getOrDefault(v.id(), List.of()))).toList();
  }

  /**
   * Count, mean score and share negative per period (and group). Days are grouped in SQL; weeks and
   * totals are rolled up here from the days, which keeps the SQL portable.
   */
  List<AggregateRow> aggregate(InteractionFilter filter, Interval interval, Dimension by) {
    Map<String, Object> params = new LinkedHashMap<>();
    String group =
        switch (by) {
          case NONE -> "";
          case CHANNEL -> ", i.channel";
          case PRODUCT -> ", i.product";
        };
    String sql =
        "SELECT i.occurred_day"
            + (group.isEmpty() ? ", NULL AS grp" : group + " AS grp")
            + ", COUNT(*) AS n, SUM(s.score) AS total,"
            + " SUM(CASE WHEN s.label = 'negative' THEN 1 ELSE 0 END) AS negatives"
            + FROM
            + where(filter, params)
            + " GROUP BY i.occurred_day"
            + group
            + " ORDER BY i.occurred_day"
            + group;
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    Map<List<String>, Double> sums = new LinkedHashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query(row -> {
          LocalDate day = row.getObject("occurred_day", LocalDate.class);
          List<String> key = new ArrayList<>(2);
          key.add(period(day, interval));
          key.add(row.getString("grp"));
          long[] c = counts.computeIfAbsent(key, k -> new long[2]);
          c[0] += row.getLong("n");
          c[1] += row.getLong("negatives");
          sums.merge(key, row.getDouble("total"), Double::sum);
        });
    List<AggregateRow> rows = new ArrayList<>();
    counts.forEach((key, c) ->
        rows.add(
            new AggregateRow(
                key.get(0), key.get(1), c[0], sums.get(key) / c[0], (double) c[1] / c[0])));
    return rows;
  }

  private static String period(LocalDate day, Interval interval) {
    return switch (interval) {
      case DAY -> day.toString();
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case ALL -> null;
    };
  }

  private static String where(InteractionFilter f, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    add(conditions, params, "i.occurred_at >= :from", "from", f.from());
    add(conditions, params, "i.occurred_at < :to", "to", f.to());
    add(
        conditions,
        params,
        "i.channel = :channel",
        "channel",
        f.channel() == null ? null : f.channel().wireName());
    add(conditions, params, "i.product = :product", "product", f.product());
    add(
        conditions,
        params,
        "s.label = :label",
        "label",
        f.label() == null ? null : f.label().wireName());
    add(conditions, params, "s.score >= :minScore", "minScore", f.minScore());
    add(conditions, params, "s.score <= :maxScore", "maxScore", f.maxScore());
    add(conditions, params, "i.customer_pseudonym = :customer", "customer", f.customer());
    add(
        conditions,
        params,
        "i.conversation_id = :conversation",
        "conversation",
        f.conversationId());
    if (f.authorRole() == AuthorRole.CUSTOMER) {
      conditions.add("(i.author_role IS NULL OR i.author_role = 'customer')");
    } else if (f.authorRole() != null) {
      add(conditions, params, "i.author_role = :role", "role", f.authorRole().wireName());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(
      List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.put(name, value);
    }
  }

  private InteractionView view(ResultSet row, int rowNumber) throws SQLException {
    String tags = row.getString("tags");
    JsonNode redactions = json.readTree(row.getString("redactions"));
    return new InteractionView(
        row.getLong("id"),
        row.getString("external_id"),
        row.getString("channel"),
        row.getObject("occurred_at", OffsetDateTime.class),
        row.getString("customer_pseudonym"),
        row.getString("conversation_id"),
        row.getString("product"),
        tags == null ? List.of() : json.readValue(tags, STRINGS),
        row.getString("language"),
        row.getString("redacted_text"),
        redactions,
        row.getObject("ingested_at", OffsetDateTime.class),
        row.getString("label") == null
            ? null
            : new InteractionView.Score(
                row.getString("label"),
                row.getDouble("score"),
                row.getDouble("p_neg"),
                row.getDouble("p_neu"),
                row.getDouble("p_pos"),
                row.getDouble("confidence"),
                row.getString("model_version"),
                row.getObject("scored_at", OffsetDateTime.class),
                scoredBy(row.getString("model_version"), row.getBoolean("fallback"))),
        row.getString("detected_language"),
        row.getString("language_source"),
        row.getString("scoring_status"),
        row.getString("unscored_reason"),
        row.getBoolean("mixed"),
        jsonOrNull(row.getString("mixed_parts")),
        List.of(),
        row.getString("emotion"),
        jsonOrNull(row.getString("emotions")),
        AuthorRole.ofStored(row.getString("author_role")).wireName());
  }

  /**
   * Who produced the current score: {@code fallback} (lexicon), the person of a correction as its
   * row stores it ({@code human:<user>}, the learning loop's model version), else {@code model}.
   */
  private static String scoredBy(String modelVersion, boolean fallback) {
    if (fallback) {
      return "fallback";
    }
    return modelVersion.startsWith(HUMAN) ? modelVersion : "model";
  }

  private JsonNode jsonOrNull(String value) {
    return value == null ? null : json.readTree(value);
  }
}
