package io.pulse.alerts.api;

import io.pulse.alerts.AlertKind;
import io.pulse.alerts.AlertStatus;
import io.pulse.alerts.Band;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.SeriesKey;
import io.pulse.server.ApiProblem;
import io.pulse.server.RequestValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filters of the alert list; every one optional, lists comma-separated.
 *
 * @param levels any of these levels ({@code level=orange,red})
 * @param statuses any of these statuses ({@code status=open,acknowledged})
 * @param kinds any of these kinds ({@code kind=trend_drop})
 * @param series exactly this series ({@code series=product=router-x})
 * @param dimension series of this dimension ({@code dimension=product})
 * @param from raised at or after
 * @param to raised before
 */
record AlertFilter(
    Set<Band> levels,
    Set<AlertStatus> statuses,
    Set<AlertKind> kinds,
    SeriesKey series,
    Dimension dimension,
    Instant from,
    Instant to) {

  /** No filter at all. */
  static final AlertFilter ALL =
      new AlertFilter(Set.of(), Set.of(), Set.of(), null, null, null, null);

  /** Parses request parameters, naming the parameter and value of the first invalid one. */
  static AlertFilter parse(
      String level,
      String status,
      String kind,
      String series,
      String dimension,
      String from,
      String to) {
    Instant start = RequestValues.instant("from", from);
    Instant end = RequestValues.instant("to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      throw ApiProblem.invalidField("from", from, "from must be before to");
    }
    return new AlertFilter(
        values(Band.class, "level", level),
        values(AlertStatus.class, "status", status),
        values(AlertKind.class, "kind", kind),
        series == null || series.isBlank() ? null : series(series.strip()),
        dimension == null || dimension.isBlank()
            ? null
            : one(Dimension.class, "dimension", dimension),
        start,
        end);
  }

  /** {@code " WHERE ..."} (or empty) with its parameters added to {@code params}. */
  String where(Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    in(clauses, params, "level", levels);
    in(clauses, params, "status", statuses);
    in(clauses, params, "kind", kinds);
    if (series != null) {
      clauses.add("series_dimension = :seriesDimension AND series_value = :seriesValue");
      params.put("seriesDimension", series.dimension().name());
      params.put("seriesValue", series.value());
    }
    if (dimension != null) {
      clauses.add("series_dimension = :dimension");
      params.put("dimension", dimension.name());
    }
    if (from != null) {
      clauses.add("raised_at >= :from");
      params.put("from", JdbcAlertStore.time(from));
    }
    if (to != null) {
      clauses.add("raised_at < :to");
      params.put("to", JdbcAlertStore.time(to));
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Parses {@code dimension=value}, e.g. {@code product=router-x}. */
  static SeriesKey series(String value) {
    int eq = value.indexOf('=');
    if (eq > 0) {
      try {
        Dimension d = Dimension.valueOf(value.substring(0, eq).strip().toUpperCase(Locale.ROOT));
        return new SeriesKey(d, value.substring(eq + 1).strip());
      } catch (IllegalArgumentException e) {
        // fall through to the problem below
      }
    }
    throw ApiProblem.invalidField(
        "series",
        value,
        "series must be dimension=value with dimension customer|product|channel|topic, e.g."
            + " product=router-x; found '"
            + value
            + "'");
  }

  private static <E extends Enum<E>> void in(
      List<String> clauses, Map<String, Object> params, String column, Set<E> values) {
    if (!values.isEmpty()) {
      clauses.add(column + " IN (:" + column + ")");
      params.put(column, values.stream().map(Enum::name).toList());
    }
  }

  private static <E extends Enum<E>> Set<E> values(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<E> result = EnumSet.noneOf(type);
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        result.add(one(type, name, part));
      }
    }
    return Set.copyOf(result);
  }

  private static <E extends Enum<E>> E one(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining("|"));
      throw ApiProblem.invalidField(
          name, value, name + " must be one of " + allowed + "; found '" + value.strip() + "'");
    }
  }
}
