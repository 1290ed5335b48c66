package io.pulse.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The alert engine: feed it every scored interaction with {@link #onScored}, and call {@link
 * #escalateOverdue} and {@link #dispatchDue} on a short schedule (e.g. every 10-30 s). It raises
 * alerts for negative interactions, negative rolling windows and trend anomalies, de-duplicates
 * them (one unresolved alert per series and kind, plus a cooldown), tracks their life cycle and
 * sends notifications through a durable outbox to a signed webhook and/or SMTP.
 *
 * <p>Thread-safe: alert state changes are serialised; dispatching runs independently so a slow
 * receiver never holds up ingestion. The rolling windows live in memory: after a restart, feed the
 * last {@code trend.baseline + trend.window} of history to {@link #prime}.
 */
public final class AlertEngine {

  private final AlertConfig config;
  private final Clock clock;
  private final AlertStore store;
  private final NotificationOutbox outbox;
  private final SeriesWindows windows;
  private final AlertRules rules;
  private final Notifier notifier;
  private final Dispatcher dispatcher;
  private final Object dispatchLock = new Object();

  private AlertEngine(Builder builder) {
    this.config = builder.config.validate();
    this.clock = builder.clock;
    this.store = builder.store;
    this.outbox = builder.outbox;
    this.windows = new SeriesWindows(config.trend());
    this.rules = new AlertRules(config, windows);
    Map<Delivery.Channel, Transport> transports = new EnumMap<>(Delivery.Channel.class);
    if (builder.webhook != null) {
      transports.put(Delivery.Channel.WEBHOOK, new WebhookTransport(builder.webhook, clock));
    }
    if (builder.mail != null) {
      transports.put(Delivery.Channel.EMAIL, new MailTransport(builder.mail));
    }
    if (builder.helpdesk != null) {
      transports.put(Delivery.Channel.HELPDESK, new HelpdeskTransport(builder.helpdesk));
    }
    Set<String> mailRoles = builder.mail == null ? Set.of() : builder.mail.recipients().keySet();
    this.notifier =
        new Notifier(
            outbox,
            clock,
            builder.webhook != null,
            mailRoles,
            builder.helpdesk == null ? List.of() : builder.writeBack);
    this.dispatcher = new Dispatcher(outbox, transports, config.retry(), clock);
  }

  /** A builder with the default configuration, the system UTC clock and in-memory storage. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Replays a history with the given configuration and counts the alerts it would have raised, per
   * day, level and kind. Nothing is sent. Every alert counts as resolved the moment it is raised,
   * so the cooldown alone limits repeats: the counts are what a team that handles every alert at
   * once would receive.
   *
   * @param zone time zone whose calendar days the report counts
   */
  public static CalibrationReport calibrate(
      AlertConfig config, List<InteractionScore> history, ZoneId zone) {
    return new Calibration(config, zone).replay(history);
  }

  /**
   * Records a new score and raises the alerts it calls for; evaluates only the series the score
   * belongs to, so the cost does not grow with the number of series.
   *
   * @return the alerts raised now (de-duplicated and cooled-down ones are not included)
   */
  public synchronized List<Alert> onScored(InteractionScore score) {
    Instant now = clock.instant();
    record(score, now, 1);
    List<Alert> raised = new ArrayList<>();
    for (Candidate candidate : rules.evaluate(score, now)) {
      raise(candidate, now).ifPresent(raised::add);
    }
    return raised;
  }

  /**
   * A customer's new turn of a conversation: raises {@link AlertKind#CONVERSATION_ESCALATING} when
   * the customer's last turns fell by more than the configured step (see {@link
   * AlertConfig.Conversation}); de-duplication and cooldown apply per conversation. Feed it after
   * {@link #onScored} of the same interaction.
   *
   * @return the alert raised now, or empty
   */
  public synchronized Optional<Alert> onConversationTurn(ConversationTurn turn) {
    Instant now = clock.instant();
    return rules.conversation(turn, now).flatMap(candidate -> raise(candidate, now));
  }

  /**
   * Raises what a window computed elsewhere calls for (a stream job that applies {@link
   * WindowRules} to its own windows), with the de-duplication, cooldown and notifications of the
   * engine's own alerts.
   *
   * @return the alert raised now; empty when an unresolved alert of the series and kind absorbed
   *     it, or the series is cooling down
   */
  public synchronized Optional<Alert> raise(WindowRules.WindowAlert alert) {
    return raise(
        new Candidate(alert.kind(), alert.series(), alert.level(), alert.evidence(), null),
        clock.instant());
  }

  /**
   * Forgets the rolling windows and baseline of one series, e.g. a customer whose data was erased;
   * stored alerts are not touched (their owner deletes them).
   */
  public synchronized void forget(SeriesKey series) {
    windows.forget(series);
  }

  /** Records a past score without evaluating any rule: rebuilds the windows after a restart. */
  public synchronized void prime(InteractionScore score) {
    record(score, clock.instant(), 1);
  }

  /**
   * Replaces the score of an interaction recorded before (a staff correction or a re-score with
   * another model): the windows and baselines count {@code current} instead of {@code previous}
   * from now on. No rule is evaluated: nothing is raised, and alerts already raised stay.
   *
   * @throws IllegalArgumentException when the two scores are not of the same interaction
   */
  public synchronized void rescored(InteractionScore previous, InteractionScore current) {
    if (!previous.interactionId().equals(current.interactionId())) {
      throw new IllegalArgumentException(
          "rescored needs two scores of one interaction, found "
              + previous.interactionId()
              + " and "
              + current.interactionId());
    }
    Instant now = clock.instant();
    record(previous, now, -1);
    record(current, now, 1);
  }

  /**
   * A person corrected the score of an interaction recorded before. The windows count {@code
   * current} instead of {@code previous} (as {@link #rescored}); a correction into the orange or
   * red band raises what the interaction would have raised had it been scored so (de-duplication
   * and cooldown apply); a correction out of them withdraws the unresolved single-interaction alert
   * that this interaction alone caused (one occurrence). Both are notified.
   *
   * @return the alerts raised and withdrawn now
   */
  public synchronized Corrected corrected(InteractionScore previous, InteractionScore current) {
    rescored(previous, current);
    Instant now = clock.instant();
    boolean wasAlerting = alerting(previous.score());
    boolean isAlerting = alerting(current.score());
    List<Alert> raised = new ArrayList<>();
    List<Alert> withdrawn = new ArrayList<>();
    if (isAlerting && !wasAlerting) {
      for (Candidate candidate : rules.evaluate(current, now)) {
        raise(candidate, now).ifPresent(raised::add);
      }
    } else if (wasAlerting && !isAlerting) {
      SeriesKey customer = new SeriesKey(Dimension.CUSTOMER, current.customerKey());
      store
          .findUnresolved(customer, AlertKind.NEGATIVE_INTERACTION)
          .filter(a -> current.interactionId().equals(a.interactionId()) && a.occurrences() == 1)
          .ifPresent(open -> {
            Alert alert = open.withdraw(Alert.CORRECTED, now);
            store.save(alert);
            notifier.alertWithdrawn(alert, config.escalation().notifyRole(alert.level()));
            withdrawn.add(alert);
          });
    }
    return new Corrected(raised, withdrawn);
  }

  /**
   * What a correction did to alerts.
   *
   * @param raised alerts raised because the interaction is negative now
   * @param withdrawn alerts withdrawn because it no longer is
   */
  public record Corrected(List<Alert> raised, List<Alert> withdrawn) {
    public Corrected {
      raised = List.copyOf(raised);
      withdrawn = List.copyOf(withdrawn);
    }
  }

  private boolean alerting(double score) {
    Band band = config.bands().classify(score);
    return band == Band.ORANGE || band == Band.RED;
  }

  /** What the engine sees now of one series: its current rolling window. */
  public synchronized WindowStats window(SeriesKey series) {
    return windows.current(series, clock.instant());
  }

  /**
   * Escalates every open alert whose review deadline passed without acknowledgement: its level goes
   * one up and the overdue role is notified, once per alert. Also forgets idle series.
   *
   * @return the escalated alerts
   */
  public synchronized List<Alert> escalateOverdue() {
    Instant now = clock.instant();
    List<Alert> escalated = new ArrayList<>();
    for (Alert overdue : store.findOverdue(now)) {
      Alert alert = overdue.escalateOverdue(now);
      store.save(alert);
      notifier.alertEscalated(alert, "overdue", config.escalation().overdueNotify());
      escalated.add(alert);
    }
    windows.evictIdle(now);
    return escalated;
  }

  /** Sends the deliveries that are due; failed ones stay pending and are retried with back-off. */
  public DispatchResult dispatchDue() {
    synchronized (dispatchLock) {
      return dispatcher.dispatchDue();
    }
  }

  /**
   * Moves an open alert to acknowledged.
   *
   * @param staffId who acknowledges; a staff id, never a customer identity
   * @throws NoSuchElementException when no alert has this id
   * @throws IllegalStateException when the alert is not open
   * @throws IllegalArgumentException when the actor is not a staff id
   */
  public synchronized Alert acknowledge(String alertId, String staffId) {
    Alert alert = find(alertId).acknowledge(staffId, clock.instant());
    store.save(alert);
    return alert;
  }

  /**
   * Moves an acknowledged alert to resolved.
   *
   * @throws NoSuchElementException when no alert has this id
   * @throws IllegalStateException when the alert is not acknowledged
   * @throws IllegalArgumentException when the actor is not a staff id
   */
  public synchronized Alert resolve(String alertId, String staffId) {
    Alert alert = find(alertId).resolve(staffId, clock.instant());
    store.save(alert);
    return alert;
  }

  /** The alert with this id. */
  public Optional<Alert> alert(String alertId) {
    return store.find(alertId);
  }

  /** The delivery with this id, with its state. */
  public Optional<Delivery> delivery(String deliveryId) {
    return outbox.find(deliveryId);
  }

  /** Deliveries not accepted by their receiver yet, oldest first. */
  public List<Delivery> pendingDeliveries() {
    return outbox.pending();
  }

  /** The band of a score under this engine's configuration. */
  public Band band(double score) {
    return config.bands().classify(score);
  }

  /** The validated configuration. */
  public AlertConfig config() {
    return config;
  }

  private void record(InteractionScore score, Instant now, int weight) {
    boolean negative = config.bands().isNegative(score.score());
    for (SeriesKey key : score.series()) {
      windows.record(key, score.occurredAt(), score.score(), negative, now, weight);
    }
  }

  private Optional<Alert> raise(Candidate candidate, Instant now) {
    Optional<Alert> unresolved = store.findUnresolved(candidate.series(), candidate.kind());
    if (unresolved.isPresent()) {
      absorb(unresolved.get(), candidate, now);
      return Optional.empty();
    }
    Optional<Instant> last = store.lastRaisedAt(candidate.series(), candidate.kind());
    if (last.isPresent() && now.isBefore(last.get().plus(config.cooldown()))) {
      return Optional.empty();
    }
    Duration review = config.escalation().reviewWithin(candidate.level());
    Alert alert =
        new Alert(
            UUID.randomUUID().toString(),
            candidate.kind(),
            candidate.series(),
            candidate.level(),
            AlertStatus.OPEN,
            now,
            review == null ? null : now.plus(review),
            candidate.evidence(),
            candidate.interactionId(),
            1,
            null,
            null,
            null,
            null,
            null,
            null);
    store.save(alert);
    notifier.alertRaised(alert, config.escalation().notifyRole(alert.level()));
    if (requestsSurvey(alert)) {
      notifier.surveyRequested(alert, config.escalation().surveyNotify());
    }
    return Optional.of(alert);
  }

  /** De-duplication: counts the occurrence; a more severe one raises the level and notifies. */
  private void absorb(Alert existing, Candidate candidate, Instant now) {
    Alert alert = existing.withOccurrence();
    boolean moreSevere = candidate.level().compareTo(existing.level()) > 0;
    if (moreSevere) {
      alert =
          alert.upgrade(
              candidate.level(), now, config.escalation().reviewWithin(candidate.level()));
    }
    store.save(alert);
    if (moreSevere) {
      notifier.alertEscalated(
          alert, "more-severe", config.escalation().notifyRole(candidate.level()));
    }
  }

  /** Negative trends of a product or topic ask for a survey of that segment. */
  static boolean requestsSurvey(Alert alert) {
    Dimension dimension = alert.series().dimension();
    return alert.kind().isTrend()
        && (dimension == Dimension.PRODUCT || dimension == Dimension.TOPIC);
  }

  private Alert find(String alertId) {
    return store
        .find(alertId)
        .orElseThrow(() -> new NoSuchElementException("no alert with id " + alertId));
  }

  /** Builds an engine; every part has a default except what sends notifications. */
  public static final class Builder {
    private AlertConfig config = AlertConfig.defaults();
    private Clock clock = Clock.systemUTC();
    private AlertStore store = new InMemoryAlertStore();
    private NotificationOutbox outbox = new InMemoryOutbox();
    private WebhookSettings webhook;
    private MailSettings mail;
    private HelpdeskWriter helpdesk;
    private List<WriteBackRule> writeBack = List.of();

    private Builder() {}

    /**
     * Writes back to the helpdesk: each rule's action on the ticket of the alert's conversation,
     * through the outbox; none when {@code writer} is null.
     */
    public Builder helpdesk(HelpdeskWriter writer, List<WriteBackRule> rules) {
      this.helpdesk = writer;
      this.writeBack = rules == null ? List.of() : List.copyOf(rules);
      return this;
    }

    /** Configuration; validated by {@link #build}. */
    public Builder config(AlertConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** Source of "now" for windows, deadlines, cooldowns and retries. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Durable alert storage (default: in memory). */
    public Builder store(AlertStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Durable outbox (default: in memory). */
    public Builder outbox(NotificationOutbox outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      return this;
    }

    /** Sends every event to this webhook; none when not set. */
    public Builder webhook(WebhookSettings webhook) {
      this.webhook = webhook;
      return this;
    }

    /** Sends events by e-mail to the recipients of the notified role; none when not set. */
    public Builder mail(MailSettings mail) {
      this.mail = mail;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws IllegalArgumentException when the configuration breaks a rule
     */
    public AlertEngine build() {
      return new AlertEngine(this);
    }
  }
}
