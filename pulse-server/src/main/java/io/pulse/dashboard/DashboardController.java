package io.pulse.dashboard;

import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.AlertEngine;
import io.pulse.aspects.Aspect;
import io.pulse.aspects.Aspects;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.pulse.server.TextAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public entry point of the dashboard's data: read-only aggregates for the pages under {@code
 * /dashboard/} (role analyst). Periods end with the newest stored interaction, so imported history
 * shows as well as live data; an empty store gives empty lists and zero counts, never an error.
 */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "Aggregates behind the web dashboard")
public class DashboardController {

  static final int MAX_DAYS = 730;
  static final int MAX_WEEKS = 104;
  static final int MAX_LIMIT = 500;
  private static final int MOVERS = 10;
  private static final int SAMPLES = 10;

  private final DashboardQueries queries;
  private final AlertEngine alerts;
  private final Capabilities capabilities;
  private final ObjectProvider<Aspects> aspects;
  private final TextAccess text;

  DashboardController(
      DashboardQueries queries,
      AlertEngine alerts,
      Capabilities capabilities,
      ObjectProvider<Aspects> aspects,
      TextAccess text) {
    this.text = text;
    this.queries = queries;
    this.alerts = alerts;
    this.capabilities = capabilities;
    this.aspects = aspects;
  }

  @Operation(
      summary = "Display names of slice values, per dimension",
      description =
          "Today the aspects: id -> name from the aspect taxonomy (e.g. waiting_time -> Waiting"
              + " time). Values without a name are shown as they are.")
  @GetMapping("/names")
  Map<String, Map<String, String>> names() {
    Map<String, String> aspectNames = new LinkedHashMap<>();
    Aspects taxonomy = aspects.getIfAvailable();
    if (taxonomy != null) {
      for (Aspect aspect : taxonomy.aspects()) {
        aspectNames.put(aspect.id(), aspect.name());
      }
    }
    return Map.of("aspect", aspectNames);
  }

  @Operation(
      summary =
          "Which optional APIs (reviewer agreement, review queue, model registry) the server has")
  @GetMapping("/capabilities")
  Capabilities.View capabilities() {
    return capabilities.view();
  }

  @Operation(
      summary = "Overview: volume, mean sentiment and bands per day and channel, alerts, movers",
      description =
          "The last `days` days up to the newest stored interaction. Movers: products, topics"
              + " and aspects whose mean score of the last 7 days dropped most below that of the"
              + " 28 days before (aspects by their own score).")
  @GetMapping("/overview")
  Overview overview(@RequestParam(defaultValue = "90") int days) {
    range("days", days, 1, MAX_DAYS);
    LocalDate to = end();
    LocalDate from = to.minusDays(days);
    AlertConfig.Bands edges = alerts.config().bands();
    LocalDate moversFrom = to.minusDays(Mover.RECENT_DAYS + Mover.BASELINE_DAYS);
    List<Mover> movers = new ArrayList<>();
    for (Slice slice : List.of(Slice.PRODUCT, Slice.TOPIC, Slice.ASPECT)) {
      movers.addAll(Mover.drops(slice, queries.days(moversFrom, to, slice, null, edges), to));
    }
    movers.sort(java.util.Comparator.comparingDouble(Mover::change));
    return Overview.of(
        from,
        to,
        new Overview.BandEdges(edges.greenLower(), edges.yellowLower(), edges.orangeLower()),
        queries.days(from, to, Slice.CHANNEL, null, edges),
        queries.unresolvedAlerts(Instant.now()),
        movers.stream().limit(MOVERS).toList());
  }

  @Operation(
      summary =
          "Heatmap: mean sentiment per channel, product, topic or aspect (rows) and week (columns)",
      description =
          "The last `weeks` weeks up to the newest interaction; the `limit` busiest rows. Aspects"
              + " are measured by the aspect's own score.")
  @GetMapping("/heatmap")
  Heatmap heatmap(
      @RequestParam(defaultValue = "topic") String dimension,
      @RequestParam(defaultValue = "12") int weeks,
      @RequestParam(defaultValue = "15") int limit) {
    Slice slice = Slice.parse("dimension", dimension);
    range("weeks", weeks, 1, MAX_WEEKS);
    range("limit", limit, 1, MAX_LIMIT);
    LocalDate to = end();
    LocalDate firstMonday = Heatmap.weekOf(to.minusDays(1)).minusWeeks(weeks - 1L);
    List<DayCell> cells = queries.days(firstMonday, to, slice, null, alerts.config().bands());
    return Heatmap.of(slice, firstMonday, weeks, cells, limit);
  }

  @Operation(
      summary =
          "Drill-down: daily trend of one channel, product, topic or aspect with its baseline band",
      description =
          "Baseline of a day: mean score of the 28 days before, band = two standard deviations"
              + " of those days' means. With the newest and the most negative redacted messages."
              + " Aspects: mean and negative share of the aspect's own score (negative at or below"
              + " -0.3); samples mention the aspect and carry the message's score.")
  @GetMapping("/drilldown")
  @Audited("read-text")
  Trend drilldown(
      @RequestParam String dimension,
      @RequestParam String value,
      @RequestParam(defaultValue = "90") int days) {
    Slice slice = Slice.parse("dimension", dimension);
    if (value == null || value.isBlank()) {
      throw ApiProblem.invalidField("value", value, "value is required");
    }
    String v =
        slice == Slice.CHANNEL || slice == Slice.ASPECT
            ? value.strip().toLowerCase(Locale.ROOT)
            : value.strip();
    range("days", days, 1, MAX_DAYS);
    LocalDate to = end();
    LocalDate from = to.minusDays(days);
    List<DayCell> cells =
        queries.days(from.minusDays(Trend.BASELINE_DAYS), to, slice, v, alerts.config().bands());
    Totals period = new Totals();
    List<Trend.Point> points = Trend.points(from, to, cells, period);
    return new Trend(
        slice.wireName(),
        v,
        from,
        to,
        period.count,
        period.mean(),
        period.shareNegative(),
        points,
        visible(
            queries.samples(
                slice, v, from.atStartOfDay().atOffset(ZoneOffset.UTC), false, SAMPLES)),
        visible(
            queries.samples(
                slice,
                v,
                to.minusDays(Trend.SAMPLE_DAYS).atStartOfDay().atOffset(ZoneOffset.UTC),
                true,
                SAMPLES)));
  }

  /** Samples as this user may see them: without text unless {@link TextAccess} allows. */
  private List<Sample> visible(List<Sample> samples) {
    if (text.allowed()) {
      return samples;
    }
    return samples.stream()
        .map(s ->
            new Sample(
                s.id(),
                s.occurredAt(),
                s.channel(),
                s.product(),
                s.topics(),
                s.customer(),
                s.label(),
                s.score(),
                null))
        .toList();
  }

  @Operation(
      summary =
          "Channels, products, topics or aspects with their interaction counts, busiest first")
  @GetMapping("/values")
  List<SliceValue> values(
      @RequestParam String dimension, @RequestParam(defaultValue = "100") int limit) {
    Slice slice = Slice.parse("dimension", dimension);
    range("limit", limit, 1, MAX_LIMIT);
    return queries.values(slice, limit);
  }

  @Operation(
      summary = "Customers (pseudonyms) with interaction counts and mean sentiment",
      description = "sort=negative (lowest mean first, default) or recent (latest first).")
  @GetMapping("/customers")
  List<CustomerSummary> customers(
      @RequestParam(defaultValue = "negative") String sort,
      @RequestParam(defaultValue = "100") int limit) {
    range("limit", limit, 1, MAX_LIMIT);
    boolean negative =
        switch (sort.strip().toLowerCase(Locale.ROOT)) {
          case "negative" -> true;
          case "recent" -> false;
          default ->
              throw ApiProblem.invalidField(
                  "sort", sort, "sort must be negative|recent; found '" + sort + "'");
        };
    return queries.customers(negative, limit);
  }

  /** The day after the newest stored interaction (today + 1 when the store is empty). */
  private LocalDate end() {
    return queries.newestDay().orElseGet(() -> LocalDate.now(ZoneOffset.UTC)).plusDays(1);
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw ApiProblem.invalidField(
          name, value, name + " must be " + min + " to " + max + "; found " + value);
    }
  }
}
