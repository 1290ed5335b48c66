package io.pulse.alerts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Replays a history through a fresh in-memory engine on a replay clock and counts its alerts. */
final class Calibration {

  private static final String REPLAY_ACTOR = "calibration";

  private final AlertConfig config;
  private final ZoneId zone;

  Calibration(AlertConfig config, ZoneId zone) {
    this.config = config;
    this.zone = zone;
  }

  CalibrationReport replay(List<InteractionScore> history) {
    List<InteractionScore> ordered =
        history.stream().sorted(Comparator.comparing(InteractionScore::occurredAt)).toList();
    if (ordered.isEmpty()) {
      return new CalibrationReport(
          null, null, List.of(), zeros(Band.class), zeros(AlertKind.class), 0);
    }
    MutableClock clock = new MutableClock(ordered.getFirst().occurredAt());
    AlertEngine engine = AlertEngine.builder().config(config).clock(clock).build();
    Map<LocalDate, List<Alert>> byDay = new TreeMap<>();
    int surveys = 0;
    for (InteractionScore score : ordered) {
      clock.set(score.occurredAt());
      for (Alert alert : engine.onScored(score)) {
        byDay.computeIfAbsent(day(alert), d -> new ArrayList<>()).add(alert);
        surveys += AlertEngine.requestsSurvey(alert) ? 1 : 0;
        engine.acknowledge(alert.id(), REPLAY_ACTOR);
        engine.resolve(alert.id(), REPLAY_ACTOR);
      }
    }
    LocalDate first = ordered.getFirst().occurredAt().atZone(zone).toLocalDate();
    LocalDate last = ordered.getLast().occurredAt().atZone(zone).toLocalDate();
    return report(first, last, byDay, surveys);
  }

  private CalibrationReport report(
      LocalDate first, LocalDate last, Map<LocalDate, List<Alert>> byDay, int surveys) {
    List<DailyAlertCount> days = new ArrayList<>();
    Map<Band, Integer> totalByLevel = zeros(Band.class);
    Map<AlertKind, Integer> totalByKind = zeros(AlertKind.class);
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Map<Band, Integer> levels = zeros(Band.class);
      Map<AlertKind, Integer> kinds = zeros(AlertKind.class);
      List<Alert> alerts = byDay.getOrDefault(day, List.of());
      for (Alert alert : alerts) {
        levels.merge(alert.level(), 1, Integer::sum);
        kinds.merge(alert.kind(), 1, Integer::sum);
        totalByLevel.merge(alert.level(), 1, Integer::sum);
        totalByKind.merge(alert.kind(), 1, Integer::sum);
      }
      days.add(new DailyAlertCount(day, Map.copyOf(levels), Map.copyOf(kinds), alerts.size()));
    }
    return new CalibrationReport(
        first, last, List.copyOf(days), Map.copyOf(totalByLevel), Map.copyOf(totalByKind), surveys);
  }

  private LocalDate day(Alert alert) {
    return alert.raisedAt().atZone(zone).toLocalDate();
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      counts.put(value, 0);
    }
    return counts;
  }
}
