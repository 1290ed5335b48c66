package io.pulse.alerts.api;

import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertEngine;
import io.pulse.api.AlertPage;
import io.pulse.api.AlertView;
import io.pulse.server.ApiProblem;
import io.pulse.server.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public entry point of alerts over HTTP: list, acknowledge, resolve, calibrate. */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "Sentiment alerts, their life cycle and calibration")
public class AlertController {

  static final int MAX_PAGE_SIZE = 500;
  private static final Set<String> CALIBRATION_PARAMETERS = Set.of("from", "to", "zone");

  private final AlertEngine engine;
  private final JdbcAlertStore store;
  private final AlertCalibration calibration;
  private final EngineTransactions transactions;

  AlertController(
      AlertEngine engine,
      JdbcAlertStore store,
      AlertCalibration calibration,
      EngineTransactions transactions) {
    this.engine = engine;
    this.transactions = transactions;
    this.store = store;
    this.calibration = calibration;
  }

  @Operation(
      summary = "Alerts matching the filters, newest first, paginated",
      description =
          "level, status and kind take comma-separated lists (level=orange,red); series is"
              + " dimension=value (product=router-x); from/to bound raisedAt.")
  @GetMapping
  AlertPage list(
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String series,
      @RequestParam(required = false) String dimension,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    RequestValues.checkPage(page, size, MAX_PAGE_SIZE);
    AlertFilter filter = AlertFilter.parse(level, status, kind, series, dimension, from, to);
    long total = store.count(filter);
    Instant now = Instant.now();
    List<AlertView> items =
        store.page(filter, page, size).stream().map(a -> AlertViews.of(a, now)).toList();
    String next =
        (long) (page + 1) * size < total
            ? ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page + 1)
                .build()
                .toUriString()
            : null;
    return new AlertPage(items, page, size, total, next);
  }

  @Operation(summary = "One alert by its id")
  @GetMapping("/{id}")
  AlertView one(@PathVariable String id) {
    return AlertViews.of(
        engine.alert(id).orElseThrow(() -> ApiProblem.notFound("alert id", id)), Instant.now());
  }

  @Operation(summary = "Acknowledge an open alert (by the authenticated user)")
  @PostMapping("/{id}/acknowledge")
  AlertView acknowledge(@PathVariable String id, Principal user) {
    return transition(id, user, engine::acknowledge);
  }

  @Operation(summary = "Resolve an acknowledged alert (by the authenticated user)")
  @PostMapping("/{id}/resolve")
  AlertView resolve(@PathVariable String id, Principal user) {
    return transition(id, user, engine::resolve);
  }

  @Operation(
      summary = "How many alerts per day each level would have produced on stored history",
      description =
          "Replays the interactions of [from, to) (default: the 28 days up to the latest stored"
              + " one) with the configured settings. Any other parameter replaces one setting for"
              + " this run, named like the pulse.alerts.* property without the prefix, e.g."
              + " bands.green.lower=0.4&trend.negative-count=30&cooldown=PT12H.")
  @GetMapping("/calibration")
  CalibrationView calibrate(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String zone,
      @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
    Map<String, String> overrides = new TreeMap<>();
    parameters.forEach((name, value) -> {
      if (!CALIBRATION_PARAMETERS.contains(name)) {
        overrides.put(name.startsWith("alerts.") ? name : "alerts." + name, value);
      }
    });
    return calibration.run(
        RequestValues.instant("from", from),
        RequestValues.instant("to", to),
        zoneOf(zone),
        overrides);
  }

  private AlertView transition(
      String id, Principal user, BiFunction<String, String, Alert> action) {
    try {
      Alert alert = transactions.run(status -> action.apply(id, user.getName()));
      return AlertViews.of(alert, Instant.now());
    } catch (NoSuchElementException e) {
      throw ApiProblem.notFound("alert id", id);
    } catch (IllegalStateException e) {
      throw ApiProblem.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidRequest("user '" + user.getName() + "': " + e.getMessage());
    }
  }

  private static ZoneId zoneOf(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw ApiProblem.invalidField(
          "zone",
          value,
          "zone must be a time zone such as UTC or Europe/Berlin; found '" + value + "'");
    }
  }
}
