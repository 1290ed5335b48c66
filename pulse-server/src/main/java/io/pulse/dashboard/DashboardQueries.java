package io.pulse.dashboard;

import io.pulse.alerts.AlertConfig;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's reads: day cells, open alert counts, sample messages and customers. Portable SQL
 * (PostgreSQL and H2 in PostgreSQL mode); topics (the JSON {@code tags} array) are expanded here,
 * not in SQL.
 *
 * <p>The {@link Slice#ASPECT} slice joins {@code interaction_aspects}: one row per interaction and
 * aspect, measured by the aspect's own score ({@code a.score}: mean and bands), and negative when
 * that score is at or below {@link #ASPECT_NEGATIVE} (as in the aspects API), not by the message's
 * label. The join to the current score stays, so unscored interactions are left out as elsewhere.
 */
@Repository
class DashboardQueries {

  private static final String FROM =
      " FROM interactions i JOIN scores s ON s.interaction_id = i.id AND s.is_current = TRUE";
  private static final String ASPECT_JOIN =
      " JOIN interaction_aspects a ON a.interaction_id = i.id";

  /** Aspect score at or below which a mention counts as negative (same as the aspects API). */
  static final double ASPECT_NEGATIVE = -0.3;

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  DashboardQueries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The UTC day of the newest stored interaction, empty when none is stored. */
  Optional<LocalDate> newestDay() {
    List<LocalDate> newest =
        jdbc.sql("SELECT MAX(occurred_day) AS newest FROM interactions")
            .query((row, i) -> row.getObject("newest", LocalDate.class))
            .list();
    return newest.isEmpty() ? Optional.empty() : Optional.ofNullable(newest.getFirst());
  }

  /**
   * Day cells of {@code [from, to)}, one per day and slice value ({@code slice} null: per day
   * only), restricted to {@code value} of {@code slice} when that is not null.
   */
  List<DayCell> days(
      LocalDate from, LocalDate to, Slice slice, String value, AlertConfig.Bands edges) {
    Map<String, Object> params = new LinkedHashMap<>();
    String group = slice == null ? "NULL" : slice.column();
    String score = score(slice);
    String negative =
        slice == Slice.ASPECT ? "a.score <= " + ASPECT_NEGATIVE : "s.label = 'negative'";
    String sql =
        "SELECT i.occurred_day AS occurred, "
            + group
            + " AS grp, COUNT(*) AS n, SUM("
            + score
            + ") AS total, SUM(CASE WHEN "
            + negative
            + " THEN 1 ELSE 0 END) AS negatives,"
            + bands(score)
            + from(slice)
            + " WHERE i.occurred_day >= :fromDay AND i.occurred_day < :toDay"
            + sliceCondition(slice, value, params)
            + " GROUP BY i.occurred_day"
            + (slice == null ? "" : ", " + slice.column());
    params.put("green", edges.greenLower());
    params.put("yellow", edges.yellowLower());
    params.put("orange", edges.orangeLower());
    params.put("fromDay", from);
    params.put("toDay", to);
    List<DayCell> rows = jdbc.sql(sql).params(params).query(DashboardQueries::cell).list();
    return slice == Slice.TOPIC ? byTopic(rows, value) : rows;
  }

  /** Open and acknowledged alerts per level and status, with the overdue ones counted. */
  List<AlertCount> unresolvedAlerts(Instant now) {
    return jdbc.sql(
            "SELECT level, status, COUNT(*) AS n,"
                + " SUM(CASE WHEN status = 'OPEN' AND review_by < :now THEN 1 ELSE 0 END)"
                + " AS overdue FROM alerts WHERE status <> 'RESOLVED' GROUP BY level, status")
        .param("now", now.atOffset(ZoneOffset.UTC))
        .query((row, i) ->
            new AlertCount(
                row.getString("level"),
                row.getString("status"),
                row.getLong("n"),
                row.getLong("overdue")))
        .list();
  }

  /**
   * Messages of a slice value since {@code since}: the newest first, or the most negative first.
   * For aspects "most negative" orders by the aspect's score; the samples still carry the message's
   * own label and score.
   */
  List<Sample> samples(
      Slice slice, String value, OffsetDateTime since, boolean mostNegative, int limit) {
    Map<String, Object> params = new LinkedHashMap<>();
    String order =
        mostNegative
            ? " ORDER BY " + score(slice) + " ASC, i.occurred_at DESC, i.id DESC"
            : " ORDER BY i.occurred_at DESC, i.id DESC";
    String sql =
        "SELECT i.id, i.occurred_at, i.channel, i.product, i.tags, i.redacted_text,"
            + " i.customer_pseudonym, s.label, s.score"
            + from(slice)
            + " WHERE i.occurred_at >= :since"
            + sliceCondition(slice, value, params)
            + order
            + " LIMIT :limit";
    params.put("since", since);
    // Topics match by LIKE first (a superset); over-fetch so the exact check below keeps enough.
    params.put("limit", slice == Slice.TOPIC ? limit * 4 : limit);
    // list(), not stream(): a JdbcClient stream holds its connection until it is closed.
    return jdbc.sql(sql).params(params).query(this::sample).list().stream()
        .filter(s -> slice != Slice.TOPIC || s.topics().contains(value))
        .limit(limit)
        .toList();
  }

  /** Customers with stored interactions, most negative mean first or most recent first. */
  List<CustomerSummary> customers(boolean mostNegative, int limit) {
    String order =
        mostNegative
            ? " ORDER BY SUM(s.score) / COUNT(*) ASC, i.customer_pseudonym"
            : " ORDER BY MAX(i.occurred_at) DESC, i.customer_pseudonym";
    return jdbc.sql(
            "SELECT i.customer_pseudonym AS customer, COUNT(*) AS n, SUM(s.score) AS total,"
                + " SUM(CASE WHEN s.label = 'negative' THEN 1 ELSE 0 END) AS negatives,"
                + " MIN(i.occurred_at) AS first_at, MAX(i.occurred_at) AS last_at"
                + FROM
                // a customer's sentiment is their own turns, not the agents' answers
                + " WHERE (i.author_role IS NULL OR i.author_role = 'customer')"
                + " GROUP BY i.customer_pseudonym"
                + order
                + " LIMIT :limit")
        .param("limit", limit)
        .query((row, i) -> {
          long n = row.getLong("n");
          return new CustomerSummary(
              row.getString("customer"),
              n,
              row.getDouble("total") / n,
              row.getLong("negatives"),
              row.getObject("first_at", OffsetDateTime.class).toInstant(),
              row.getObject("last_at", OffsetDateTime.class).toInstant());
        })
        .list();
  }

  /** Values of a slice with their interaction counts, most frequent first. */
  List<SliceValue> values(Slice slice, int limit) {
    if (slice == Slice.TOPIC) {
      Map<String, Long> counts = new LinkedHashMap<>();
      jdbc.sql(
              "SELECT i.tags AS grp, COUNT(*) AS n FROM interactions i"
                  + " WHERE i.tags IS NOT NULL AND i.tags <> '[]' GROUP BY i.tags")
          .query(row -> {
            for (String topic : topics(row.getString("grp"))) {
              counts.merge(topic, row.getLong("n"), Long::sum);
            }
          });
      return counts.entrySet().stream()
          .map(e -> new SliceValue(e.getKey(), e.getValue()))
          .sorted(SliceValue.MOST_FREQUENT)
          .limit(limit)
          .toList();
    }
    return jdbc.sql(
            "SELECT "
                + slice.column()
                + " AS grp, COUNT(*) AS n FROM interactions i"
                + (slice == Slice.ASPECT ? ASPECT_JOIN : "")
                + " WHERE "
                + slice.column()
                + " IS NOT NULL GROUP BY "
                + slice.column()
                + " ORDER BY COUNT(*) DESC, "
                + slice.column()
                + " LIMIT :limit")
        .param("limit", limit)
        .query((row, i) -> new SliceValue(row.getString("grp"), row.getLong("n")))
        .list();
  }

  /** Counts per alert band of {@code score} (parameters {@code :green :yellow :orange}). */
  private static String bands(String score) {
    return (" SUM(CASE WHEN %1$s > :green THEN 1 ELSE 0 END) AS b_green,"
            + " SUM(CASE WHEN %1$s <= :green AND %1$s >= :yellow THEN 1 ELSE 0 END) AS b_yellow,"
            + " SUM(CASE WHEN %1$s < :yellow AND %1$s >= :orange THEN 1 ELSE 0 END) AS b_orange,"
            + " SUM(CASE WHEN %1$s < :orange THEN 1 ELSE 0 END) AS b_red")
        .formatted(score);
  }

  private static String from(Slice slice) {
    return slice == Slice.ASPECT ? FROM + ASPECT_JOIN : FROM;
  }

  /** The score a slice is measured by: the aspect's own for aspects, the message's otherwise. */
  private static String score(Slice slice) {
    return slice == Slice.ASPECT ? "a.score" : "s.score";
  }

  private String sliceCondition(Slice slice, String value, Map<String, Object> params) {
    if (slice == null) {
      return "";
    }
    if (value == null) {
      return slice == Slice.TOPIC ? " AND i.tags IS NOT NULL AND i.tags <> '[]'" : "";
    }
    params.put(
        "sliceValue", slice == Slice.TOPIC ? "%" + json.writeValueAsString(value) + "%" : value);
    return " AND "
        + slice.column()
        + (slice == Slice.TOPIC ? " LIKE :sliceValue" : " = :sliceValue");
  }

  private List<DayCell> byTopic(List<DayCell> rows, String only) {
    List<DayCell> cells = new ArrayList<>();
    for (DayCell row : rows) {
      for (String topic : topics(row.value())) {
        if (only == null || only.equals(topic)) {
          cells.add(row.withValue(topic));
        }
      }
    }
    return cells;
  }

  private List<String> topics(String tags) {
    return tags == null || tags.isBlank()
        ? List.of()
        : json.readValue(tags, STRINGS).stream().distinct().toList();
  }

  private Sample sample(ResultSet row, int rowNumber) throws SQLException {
    return new Sample(
        row.getLong("id"),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        row.getString("channel"),
        row.getString("product"),
        topics(row.getString("tags")),
        row.getString("customer_pseudonym"),
        row.getString("label"),
        row.getDouble("score"),
        row.getString("redacted_text"));
  }

  private static DayCell cell(ResultSet row, int rowNumber) throws SQLException {
    return new DayCell(
        row.getObject("occurred", LocalDate.class),
        row.getString("grp"),
        row.getLong("n"),
        row.getDouble("total"),
        row.getLong("negatives"),
        new DayCell.Bands(
            row.getLong("b_green"),
            row.getLong("b_yellow"),
            row.getLong("b_orange"),
            row.getLong("b_red")));
  }
}
