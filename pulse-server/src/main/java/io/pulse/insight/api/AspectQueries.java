package io.pulse.insight.api;

import io.pulse.aspects.Aspect;
import io.pulse.aspects.Aspects;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aspect aggregates over {@code interaction_aspects}; SQL that runs on PostgreSQL and H2 alike. */
@Repository
class AspectQueries {

  /** Aspect score at or below which a mention counts as negative. */
  static final double NEGATIVE = -0.3;

  /** Texts read at most for key-phrase discovery (the newest). */
  static final int DISCOVERY_TEXTS = 20_000;

  private final JdbcClient jdbc;
  private final Map<String, String> names = new HashMap<>();

  AspectQueries(JdbcClient jdbc, Aspects aspects) {
    this.jdbc = jdbc;
    for (Aspect aspect : aspects.aspects()) {
      names.put(aspect.id(), aspect.name());
    }
  }

  /** Count, mean score and negative share per aspect and week, weeks ascending. */
  List<AspectWeek> weekly(Instant from, Instant to) {
    Map<String, Object> params = new HashMap<>();
    String sql =
        "SELECT i.occurred_day, a.aspect, COUNT(*) AS n, SUM(a.score) AS total,"
            + " SUM(CASE WHEN a.score <= "
            + NEGATIVE
            + " THEN 1 ELSE 0 END) AS negatives"
            + " FROM interaction_aspects a JOIN interactions i ON i.id = a.interaction_id"
            + where(from, to, params)
            + " GROUP BY i.occurred_day, a.aspect";
    Map<List<String>, double[]> sums =
        new TreeMap<>(
            java.util.Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
    jdbc.sql(sql)
        .params(params)
        .query(row -> {
          String week = week(row.getObject("occurred_day", LocalDate.class));
          double[] s =
              sums.computeIfAbsent(List.of(week, row.getString("aspect")), k -> new double[3]);
          s[0] += row.getLong("n");
          s[1] += row.getDouble("total");
          s[2] += row.getLong("negatives");
        });
    List<AspectWeek> rows = new ArrayList<>();
    sums.forEach((key, s) ->
        rows.add(
            new AspectWeek(
                key.get(0),
                key.get(1),
                names.getOrDefault(key.get(1), key.get(1)),
                (long) s[0],
                s[1] / s[0],
                s[2] / s[0])));
    return rows;
  }

  /** Every pair of aspects seen in the range, most often together first. */
  List<AspectPair> coOccurrence(Instant from, Instant to) {
    Map<String, Object> params = new HashMap<>();
    Map<String, long[]> pairs = new HashMap<>();
    jdbc.sql(
            "SELECT a.aspect AS aspect_a, b.aspect AS aspect_b, COUNT(*) AS together,"
                + " SUM(CASE WHEN a.score <= "
                + NEGATIVE
                + " AND b.score <= "
                + NEGATIVE
                + " THEN 1 ELSE 0 END) AS both_negative"
                + " FROM interaction_aspects a JOIN interaction_aspects b"
                + " ON b.interaction_id = a.interaction_id AND a.aspect < b.aspect"
                + " JOIN interactions i ON i.id = a.interaction_id"
                + where(from, to, params)
                + " GROUP BY a.aspect, b.aspect")
        .params(params)
        .query(row -> {
          pairs.put(
              row.getString("aspect_a") + "\t" + row.getString("aspect_b"),
              new long[] {row.getLong("together"), row.getLong("both_negative")});
        });
    List<AspectWeek> weeks = weekly(from, to);
    TreeSet<String> allWeeks = new TreeSet<>();
    TreeSet<String> aspects = new TreeSet<>();
    Map<String, Map<String, Double>> negatives = new HashMap<>();
    for (AspectWeek w : weeks) {
      allWeeks.add(w.week());
      aspects.add(w.aspect());
      negatives
          .computeIfAbsent(w.aspect(), k -> new HashMap<>())
          .put(w.week(), w.count() * w.negativeShare());
    }
    List<String> weekList = fillWeeks(allWeeks);
    List<AspectPair> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(aspects);
    for (int x = 0; x < ids.size(); x++) {
      for (int y = x + 1; y < ids.size(); y++) {
        long[] p = pairs.getOrDefault(ids.get(x) + "\t" + ids.get(y), new long[2]);
        Double r =
            pearson(
                series(negatives.get(ids.get(x)), weekList),
                series(negatives.get(ids.get(y)), weekList));
        out.add(new AspectPair(ids.get(x), ids.get(y), p[0], p[1], r, weekList.size()));
      }
    }
    out.sort((a, b) ->
        a.together() != b.together()
            ? Long.compare(b.together(), a.together())
            : (a.first() + a.second()).compareTo(b.first() + b.second()));
    return out;
  }

  /** Redacted texts of scored interactions in a language, newest first. */
  List<String> texts(String language, Instant from, Instant to) {
    Map<String, Object> params = new HashMap<>();
    params.put("language", language);
    String range = where(from, to, params);
    return jdbc.sql(
            "SELECT i.redacted_text FROM interactions i"
                + (range.isEmpty() ? " WHERE" : range + " AND")
                + " i.detected_language = :language AND i.scoring_status = 'scored'"
                + " ORDER BY i.occurred_at DESC LIMIT "
                + DISCOVERY_TEXTS)
        .params(params)
        .query(String.class)
        .list();
  }

  private static List<String> fillWeeks(TreeSet<String> seen) {
    List<String> weeks = new ArrayList<>();
    if (seen.isEmpty()) {
      return weeks;
    }
    for (LocalDate d = LocalDate.parse(seen.first());
        !d.isAfter(LocalDate.parse(seen.last()));
        d = d.plusWeeks(1)) {
      weeks.add(d.toString());
    }
    return weeks;
  }

  private static double[] series(Map<String, Double> values, List<String> weeks) {
    double[] s = new double[weeks.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = values == null ? 0 : values.getOrDefault(weeks.get(i), 0.0);
    }
    return s;
  }

  static Double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 3) {
      return null;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
  }

  private static String where(Instant from, Instant to, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (from != null) {
      conditions.add("i.occurred_at >= :from");
      params.put("from", from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      conditions.add("i.occurred_at < :to");
      params.put("to", to.atOffset(ZoneOffset.UTC));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static String week(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
  }
}
