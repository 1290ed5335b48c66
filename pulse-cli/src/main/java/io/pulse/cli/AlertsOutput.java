package io.pulse.cli;

import io.pulse.api.AlertPage;
import io.pulse.api.AlertView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Plain-text tables of the alert API answers for {@code pulse alerts}. */
final class AlertsOutput {

  private static final List<String> LEVELS = List.of("GREEN", "YELLOW", "ORANGE", "RED");

  private AlertsOutput() {}

  /** One line per alert, then the paging summary. */
  static void list(PrintWriter out, AlertPage page) {
    List<AlertView> items = page.items();
    if (items.isEmpty()) {
      out.println("no alerts match");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-36s  %-6s  %-12s  %-20s  %-20s  %6s  %5s  %-20s  %s%n",
        "id",
        "level",
        "status",
        "kind",
        "raised",
        "score",
        "count",
        "review by",
        "series");
    for (AlertView a : items) {
      out.printf(
          Locale.ROOT,
          "%-36s  %-6s  %-12s  %-20s  %-20s  %+6.2f  %5d  %-20s  %s%n",
          a.id(),
          a.level(),
          a.status() + (a.overdue() ? "!" : ""),
          a.kind().toLowerCase(Locale.ROOT),
          a.raisedAt(),
          a.score(),
          a.count(),
          a.reviewBy() == null ? "-" : a.reviewBy(),
          a.series());
    }
    long total = page.total();
    int from = page.page() * page.size();
    out.printf(
        Locale.ROOT,
        "%d-%d of %d%s%n",
        from + 1,
        from + items.size(),
        total,
        page.next() != null ? " (next: --page " + (page.page() + 1) + ")" : "");
    if (items.stream().anyMatch(AlertView::overdue)) {
      out.println("! = open past its review deadline");
    }
  }

  /** The new state of an alert after ack or resolve. */
  static void transition(PrintWriter out, AlertView alert) {
    String status = alert.status();
    String by =
        "RESOLVED".equals(status)
            ? alert.resolvedBy() + " at " + alert.resolvedAt()
            : alert.acknowledgedBy() + " at " + alert.acknowledgedAt();
    out.printf(
        Locale.ROOT,
        "%s %s (%s %s): %s by %s%n",
        alert.id(),
        alert.series(),
        alert.level(),
        alert.kind().toLowerCase(Locale.ROOT),
        status.toLowerCase(Locale.ROOT),
        by);
  }

  /** Alerts per day and level, then the averages. */
  static void calibration(PrintWriter out, JsonNode answer) {
    JsonNode report = answer.path("report");
    out.printf(
        Locale.ROOT,
        "replayed %d interactions from %s to %s (days in %s)%n",
        answer.path("interactions").asLong(),
        answer.path("from").asString(),
        answer.path("to").asString(),
        answer.path("zone").asString());
    StringBuilder settings = new StringBuilder("settings:");
    answer
        .path("settings")
        .properties()
        .forEach(e ->
            settings.append(' ').append(e.getKey()).append('=').append(e.getValue().asString()));
    out.println(settings);
    out.printf(
        Locale.ROOT,
        "%-10s  %6s  %6s  %6s  %6s  %6s%n",
        "day",
        "green",
        "yellow",
        "orange",
        "red",
        "total");
    for (JsonNode day : report.path("days")) {
      JsonNode levels = day.path("byLevel");
      out.printf(
          Locale.ROOT,
          "%-10s  %6d  %6d  %6d  %6d  %6d%n",
          day.path("day").asString(),
          levels.path("GREEN").asInt(),
          levels.path("YELLOW").asInt(),
          levels.path("ORANGE").asInt(),
          levels.path("RED").asInt(),
          day.path("total").asInt());
    }
    StringBuilder perDay = new StringBuilder("per day:");
    for (String level : LEVELS) {
      perDay.append(
          String.format(
              Locale.ROOT,
              " %s %.1f",
              level.toLowerCase(Locale.ROOT),
              answer.path("perDay").path(level).asDouble()));
    }
    out.println(perDay);
    StringBuilder kinds = new StringBuilder("per day by kind:");
    answer
        .path("perDayByKind")
        .properties()
        .forEach(e -> {
          if (e.getValue().asDouble() > 0) {
            kinds.append(
                String.format(
                    Locale.ROOT,
                    " %s %.1f",
                    e.getKey().toLowerCase(Locale.ROOT),
                    e.getValue().asDouble()));
          }
        });
    out.println(kinds);
    out.printf(Locale.ROOT, "survey requests: %d%n", report.path("surveyRequests").asInt());
  }
}
