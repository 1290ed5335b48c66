package io.pulse.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pulse.alerts.Alert;
import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.AlertKind;
import io.pulse.alerts.AlertStatus;
import io.pulse.alerts.Band;
import io.pulse.alerts.Delivery;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.InteractionScore;
import io.pulse.alerts.SeriesKey;
import io.pulse.alerts.WebhookSettings;
import io.pulse.core.Channel;
import io.pulse.server.ServerTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JDBC alert store and outbox under the engine, run against H2 and PostgreSQL. Engines here run
 * on a test clock in 2040, so the server's own scheduler (real time) never touches what they write;
 * every check uses its own customers and products.
 */
final class AlertStoreChecks {

  private static final Instant T0 = Instant.parse("2040-01-06T09:00:00Z");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;

  AlertStoreChecks(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
  }

  void storeKeepsTheLifeCycleAndFilters() {
    TestClock clock = new TestClock(T0);
    JdbcAlertStore store = new JdbcAlertStore(jdbc);
    AlertEngine engine = engine(clock, store, null);
    String red = customer();
    String orange = customer();

    Alert raised = only(raise(engine, score(red, clock.instant(), -0.9, null)));
    raise(engine, score(orange, clock.instant(), -0.3, null));
    clock.advance(Duration.ofMinutes(5));
    raise(engine, score(red, clock.instant(), -0.95, null)); // de-duplicated into the first

    Alert stored = store.find(raised.id()).orElseThrow();
    assertThat(stored.occurrences()).isEqualTo(2);
    assertThat(stored.reviewBy()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(stored.series()).isEqualTo(new SeriesKey(Dimension.CUSTOMER, red));
    assertThat(stored.evidence().score()).isEqualTo(-0.9);
    assertThat(store.findUnresolved(stored.series(), AlertKind.NEGATIVE_INTERACTION))
        .contains(stored);
    assertThat(store.lastRaisedAt(stored.series(), AlertKind.NEGATIVE_INTERACTION)).contains(T0);

    clock.advance(Duration.ofMinutes(10));
    engine.acknowledge(raised.id(), "analyst");
    Alert resolved = engine.resolve(raised.id(), "lead.one");
    assertThat(store.find(raised.id())).contains(resolved);
    assertThat(resolved.acknowledgedBy()).isEqualTo("analyst");
    assertThat(resolved.resolvedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(store.findUnresolved(stored.series(), AlertKind.NEGATIVE_INTERACTION)).isEmpty();

    AlertFilter redOnly =
        new AlertFilter(
            Set.of(Band.RED),
            Set.of(AlertStatus.RESOLVED),
            Set.of(),
            new SeriesKey(Dimension.CUSTOMER, red),
            null,
            T0,
            T0.plusSeconds(1));
    assertThat(store.count(redOnly)).isEqualTo(1);
    assertThat(store.page(redOnly, 0, 10)).containsExactly(resolved);
    AlertFilter bothCustomers =
        new AlertFilter(
            Set.of(), Set.of(), Set.of(), null, Dimension.CUSTOMER, T0, T0.plusSeconds(1));
    assertThat(store.page(bothCustomers, 0, 100))
        .extracting(a -> a.series().value())
        .contains(red, orange);
  }

  void overdueAlertsAreEscalatedByTheScheduler() throws Exception {
    TestClock clock = new TestClock(T0.plus(Duration.ofDays(1)));
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      JdbcAlertStore store = new JdbcAlertStore(jdbc);
      AlertEngine engine = engine(clock, store, receiver.url());
      AlertScheduler scheduler = scheduler(engine, clock);
      String red = customer();
      String orange = customer();
      String handled = customer();
      Alert redAlert = only(raise(engine, score(red, clock.instant(), -0.8, null)));
      Alert orangeAlert = only(raise(engine, score(orange, clock.instant(), -0.4, null)));
      Alert handledAlert = only(raise(engine, score(handled, clock.instant(), -0.4, null)));
      assertThat(redAlert.reviewBy()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
      assertThat(orangeAlert.reviewBy()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
      engine.acknowledge(handledAlert.id(), "analyst");

      clock.advance(Duration.ofMinutes(59));
      assertThat(scheduler.tick().escalated()).isZero();
      assertThat(receiver.receivedWith(red))
          .extracting(r -> r.eventType())
          .containsExactly("alert.raised");

      clock.advance(Duration.ofMinutes(2));
      assertThat(scheduler.tick().escalated()).isEqualTo(1);
      Alert escalated = store.find(redAlert.id()).orElseThrow();
      assertThat(escalated.escalatedAt()).isEqualTo(clock.instant());
      assertThat(escalated.level()).isEqualTo(Band.RED);
      assertThat(receiver.receivedWith(red))
          .extracting(r -> r.eventType())
          .containsExactly("alert.raised", "alert.escalated");

      clock.advance(Duration.ofHours(3));
      assertThat(scheduler.tick().escalated()).as("orange is due after 4 h").isEqualTo(1);
      assertThat(store.find(orangeAlert.id()).orElseThrow().level()).isEqualTo(Band.RED);
      assertThat(store.find(handledAlert.id()).orElseThrow().escalatedAt())
          .as("acknowledged in time")
          .isNull();
      clock.advance(Duration.ofHours(3));
      assertThat(scheduler.tick().escalated()).as("escalated once only").isZero();
    }
  }

  void webhookOutageLosesNothingAcrossARestart() throws Exception {
    TestClock clock = new TestClock(T0.plus(Duration.ofDays(2)));
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.down();
      String customer = customer();
      AlertEngine before = engine(clock, new JdbcAlertStore(jdbc), receiver.url());
      Alert alert = only(raise(before, score(customer, clock.instant(), -0.9, null)));

      assertThat(scheduler(before, clock).tick().failed()).isGreaterThanOrEqualTo(1);
      Delivery waiting = pendingFor(new JdbcOutbox(jdbc), alert.id());
      assertThat(waiting.attempts()).isEqualTo(1);
      assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
      assertThat(waiting.lastError()).isNotBlank();

      // The server restarts while the receiver is still down; the delivery is in the database.
      AlertEngine after = engine(clock, new JdbcAlertStore(jdbc), receiver.url());
      AlertScheduler scheduler = scheduler(after, clock);
      clock.advance(Duration.ofSeconds(10));
      scheduler.tick();
      assertThat(new JdbcOutbox(jdbc).find(waiting.id()).orElseThrow().attempts())
          .as("back-off not over yet")
          .isEqualTo(1);
      receiver.up();
      clock.advance(Duration.ofSeconds(20));
      assertThat(scheduler.tick().delivered()).isGreaterThanOrEqualTo(1);
      clock.advance(Duration.ofMinutes(10));
      scheduler.tick();

      List<WebhookReceiver.Received> received = receiver.receivedWith(customer);
      assertThat(received).hasSize(1);
      assertThat(received.getFirst().deliveryId()).isEqualTo(waiting.id());
      assertThat(json.readTree(received.getFirst().body()).path("alert").path("id").asString())
          .isEqualTo(alert.id());
      assertThat(new JdbcOutbox(jdbc).find(waiting.id()).orElseThrow().status())
          .isEqualTo(Delivery.Status.DELIVERED);
    }
  }

  void productTrendRequestsASurveyThroughTheOutbox() throws Exception {
    TestClock clock = new TestClock(T0.plus(Duration.ofDays(3)));
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      AlertEngine engine =
          engine(
              clock,
              new JdbcAlertStore(jdbc),
              receiver.url(),
              Map.of("alerts.trend.negative-count", "5"));
      String product = ServerTestSupport.unique("survey");
      for (int i = 0; i < 5; i++) {
        clock.advance(Duration.ofSeconds(3));
        raise(engine, score(customer(), clock.instant(), -0.7, product));
      }
      scheduler(engine, clock).tick();

      List<WebhookReceiver.Received> surveys =
          receiver.receivedWith(product).stream()
              .filter(r -> r.eventType().equals("survey.requested"))
              .toList();
      assertThat(surveys).hasSize(1);
      var segment = json.readTree(surveys.getFirst().body()).path("segment");
      assertThat(segment.path("series").asString()).isEqualTo("product=" + product);
      assertThat(segment.path("negatives").asInt()).isEqualTo(5);
    }
  }

  /** The rolling windows live in memory: a restarted engine rebuilds them from stored scores. */
  void restartRebuildsTheWindowsFromStoredScores(String product) {
    Clock clock = Clock.systemUTC();
    AlertEngine engine =
        engine(clock, new JdbcAlertStore(jdbc), null, Map.of("alerts.trend.negative-count", "6"));

    assertThat(scheduler(engine, clock).prime()).isGreaterThanOrEqualTo(5);
    List<Alert> raised = raise(engine, score(customer(), clock.instant(), -0.7, product));

    Alert count =
        raised.stream().filter(a -> a.kind() == AlertKind.NEGATIVE_COUNT).findFirst().orElseThrow();
    assertThat(count.series()).isEqualTo(new SeriesKey(Dimension.PRODUCT, product));
    assertThat(count.evidence().negatives()).isEqualTo(6);
  }

  private List<Alert> raise(AlertEngine engine, InteractionScore score) {
    return transactions.execute(status -> engine.onScored(score));
  }

  private AlertEngine engine(Clock clock, JdbcAlertStore store, java.net.URI webhook) {
    return engine(clock, store, webhook, Map.of());
  }

  /**
   * An engine on the JDBC store and outbox. Window-band alerts and channel trends are off, so the
   * checks only see the alerts of their own customers and products.
   */
  private AlertEngine engine(
      Clock clock, JdbcAlertStore store, java.net.URI webhook, Map<String, String> settings) {
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.putIfAbsent("alerts.trend.aggregate-min-count", "1000");
    all.putIfAbsent("alerts.trend.dimensions", "product");
    return AlertEngine.builder()
        .config(AlertConfig.fromProperties(all))
        .clock(clock)
        .store(store)
        .outbox(new JdbcOutbox(jdbc))
        .webhook(
            webhook == null
                ? null
                : new WebhookSettings(webhook, WebhookReceiver.SECRET, Duration.ofSeconds(2)))
        .build();
  }

  private AlertScheduler scheduler(AlertEngine engine, Clock clock) {
    AlertSettings settings =
        AlertSettings.parse(Map.of("alerts.trend.negative-count", "6"), "test");
    return new AlertScheduler(
        engine,
        settings,
        new ScoreHistory(jdbc, json),
        new JdbcOutbox(jdbc),
        new EngineTransactions(transactions.getTransactionManager()),
        new SimpleMeterRegistry(),
        clock);
  }

  private static Delivery pendingFor(JdbcOutbox outbox, String alertId) {
    return outbox.pending().stream()
        .filter(d -> d.payload().contains(alertId))
        .findFirst()
        .orElseThrow();
  }

  private static InteractionScore score(String customer, Instant at, double score, String product) {
    return new InteractionScore(
        "t-" + UUID.randomUUID(), at, score, customer, Channel.EMAIL, product, List.of());
  }

  private static String customer() {
    return "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  private static Alert only(List<Alert> alerts) {
    assertThat(alerts).hasSize(1);
    return alerts.getFirst();
  }
}
