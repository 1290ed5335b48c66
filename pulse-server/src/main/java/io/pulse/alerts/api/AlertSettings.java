package io.pulse.alerts.api;

import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.AlertKind;
import io.pulse.alerts.Band;
import io.pulse.alerts.MailSettings;
import io.pulse.alerts.WebhookSettings;
import io.pulse.alerts.WriteBackRule;
import io.pulse.connect.helpdesk.HelpdeskAdapter;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The alert settings of the server: the engine's {@link AlertConfig} (bands, escalation, trends,
 * cooldown, retry; read and validated by pulse-alerts, which owns those defaults) plus what the
 * server adds, bound by Spring into this record, each default written here only. They come from
 * {@code alerts.*} keys (the {@code pulse.} prefix of Spring properties removed); see {@link
 * AlertSettingsSource} for where they come from.
 *
 * @param enabled whether scoring feeds the engine and the scheduler runs
 * @param tick how often overdue alerts are escalated and the outbox drained
 * @param zone time zone whose days calibration reports count
 * @param calibration how much history one calibration may replay
 * @param webhook where events are posted; none without {@code url}
 * @param mail where events are mailed; none without {@code host}
 * @param helpdesk write-back to the helpdesk; none without {@code url}
 * @param config the engine's settings
 */
record AlertSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("PT10S") Duration tick,
    @DefaultValue("UTC") ZoneId zone,
    @DefaultValue Calibration calibration,
    @DefaultValue Webhook webhook,
    @DefaultValue Mail mail,
    @DefaultValue Helpdesk helpdesk,
    AlertConfig config) {

  /** Keys the server binds; every other {@code alerts.*} key belongs to AlertConfig. */
  private static final List<String> SERVER_KEYS =
      List.of("alerts.enabled", "alerts.file", "alerts.tick", "alerts.zone", "alerts.calibration.");

  AlertSettings {
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("alerts.tick must be > 0, found " + tick);
    }
  }

  /**
   * {@code alerts.calibration.*}: {@code max-rows}, the largest history one calibration replays.
   */
  record Calibration(@DefaultValue("500000") int maxRows) {
    Calibration {
      if (maxRows < 1) {
        throw new IllegalArgumentException(
            "alerts.calibration.max-rows must be a whole number >= 1, found " + maxRows);
      }
    }
  }

  /** {@code alerts.webhook.*}. */
  record Webhook(URI url, String secret, @DefaultValue("PT10S") Duration timeout) {
    WebhookSettings settings() {
      return url == null || url.toString().isBlank()
          ? null
          : new WebhookSettings(url, secret, timeout);
    }
  }

  /** {@code alerts.mail.*}; {@code recipients.<role>} is a comma-separated address list. */
  record Mail(
      String host,
      @DefaultValue("25") int port,
      String from,
      String username,
      String password,
      @DefaultValue("false") boolean starttls,
      Map<String, List<String>> recipients) {
    MailSettings settings() {
      Map<String, List<String>> roles = recipients == null ? Map.of() : new TreeMap<>(recipients);
      if (host == null || host.isBlank()) {
        if (!roles.isEmpty()) {
          throw new IllegalArgumentException(
              "alerts.mail.recipients.* are set but alerts.mail.host is missing");
        }
        return null;
      }
      roles.replaceAll((role, addresses) -> addresses.stream().map(String::strip).toList());
      return new MailSettings(
          host.strip(),
          port,
          from,
          roles,
          username == null || username.isBlank() ? null : username,
          password,
          starttls);
    }
  }

  /**
   * {@code alerts.helpdesk.*}: the helpdesk adapter ({@code kind} zendesk|freshdesk|generic, {@code
   * url}, {@code token}) and the write-back rules, {@code rules.<name>.kinds} (alert kinds), {@code
   * min-level}, {@code priority}, {@code tags}, {@code group}.
   */
  record Helpdesk(
      @DefaultValue("zendesk") String kind,
      URI url,
      String token,
      @DefaultValue("PT10S") Duration timeout,
      Map<String, Rule> rules) {

    /** The adapter, or null when no url is set. */
    HelpdeskAdapter adapter() {
      if (url == null || url.toString().isBlank()) {
        if (rules != null && !rules.isEmpty()) {
          throw new IllegalArgumentException(
              "alerts.helpdesk.rules.* are set but alerts.helpdesk.url is missing");
        }
        return null;
      }
      try {
        return new HelpdeskAdapter(HelpdeskAdapter.Kind.parse(kind), url, token, timeout);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("alerts.helpdesk: " + e.getMessage());
      }
    }

    /** The write-back rules, validated. */
    List<WriteBackRule> writeBackRules() {
      if (rules == null) {
        return List.of();
      }
      return rules.entrySet().stream().map(e -> e.getValue().rule(e.getKey())).toList();
    }

    @Override
    public String toString() {
      return "Helpdesk[kind=" + kind + ", url=" + url + ", rules=" + rules + "]";
    }
  }

  /** {@code alerts.helpdesk.rules.<name>.*}. */
  record Rule(
      List<String> kinds,
      @DefaultValue("orange") String minLevel,
      String priority,
      List<String> tags,
      String group) {

    WriteBackRule rule(String name) {
      String prefix = "alerts.helpdesk.rules." + name + ".";
      if (kinds == null || kinds.isEmpty()) {
        throw new IllegalArgumentException(prefix + "kinds is required");
      }
      java.util.Set<AlertKind> parsed = java.util.EnumSet.noneOf(AlertKind.class);
      for (String kind : kinds) {
        try {
          parsed.add(AlertKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              prefix
                  + "kinds must name alert kinds such as conversation_escalating, found '"
                  + kind
                  + "'");
        }
      }
      Band level;
      try {
        level = Band.valueOf(minLevel.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            prefix + "min-level must be green|yellow|orange|red, found '" + minLevel + "'");
      }
      return new WriteBackRule(name, parsed, level, priority, tags, group);
    }
  }

  /** The webhook settings of the engine, or null for none. */
  WebhookSettings webhookSettings() {
    return webhook.settings();
  }

  /** The mail settings of the engine, or null for none. */
  MailSettings mailSettings() {
    return mail.settings();
  }

  /**
   * Binds and validates flat {@code alerts.*} settings.
   *
   * @param source what the settings came from, for error messages
   * @throws IllegalArgumentException naming the source, setting, rule and value
   */
  static AlertSettings parse(Map<String, String> settings, String source) {
    try {
      return parse(settings);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid alert settings (" + source + "): " + e.getMessage(), e);
    }
  }

  private static AlertSettings parse(Map<String, String> settings) {
    Map<String, String> engine = new TreeMap<>();
    Map<String, String> own = new HashMap<>();
    settings.forEach((key, value) -> {
      boolean server =
          SERVER_KEYS.stream().anyMatch(k -> k.endsWith(".") ? key.startsWith(k) : key.equals(k))
              || key.startsWith("alerts.webhook.")
              || key.startsWith("alerts.mail.")
              || key.startsWith("alerts.helpdesk.");
      (server ? own : engine).put(key, value);
    });
    own.remove("alerts.file"); // where the settings came from, not a setting
    AlertSettings bound = bind(own);
    AlertConfig config = AlertConfig.fromProperties(engine);
    AlertSettings withConfig =
        new AlertSettings(
            bound.enabled(),
            bound.tick(),
            bound.zone(),
            bound.calibration(),
            bound.webhook(),
            bound.mail(),
            bound.helpdesk(),
            config);
    withConfig.webhookSettings(); // validates the URL and secret now, not at the first event
    withConfig.mailSettings();
    withConfig.helpdesk().adapter();
    withConfig.helpdesk().writeBackRules();
    return withConfig;
  }

  private static AlertSettings bind(Map<String, String> own) {
    Binder binder = new Binder(new MapConfigurationPropertySource(own));
    try {
      return binder.bindOrCreate(
          "alerts",
          Bindable.of(AlertSettings.class),
          new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
    } catch (BindException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
  }

  /** The failed setting with its rule and value, or the unknown settings. */
  private static String describe(BindException e) {
    Throwable cause = e.getCause();
    while (cause instanceof BindException nested) {
      cause = nested.getCause();
    }
    if (cause instanceof UnboundConfigurationPropertiesException unbound) {
      return "unknown setting "
          + String.join(
              ", ",
              unbound.getUnboundProperties().stream().map(p -> p.getName().toString()).toList());
    }
    if (cause instanceof IllegalArgumentException invalid
        && invalid.getMessage() != null
        && invalid.getMessage().startsWith("alerts.")) {
      return invalid.getMessage();
    }
    String value = e.getProperty() == null ? "" : String.valueOf(e.getProperty().getValue());
    return e.getName()
        + " must be "
        + expected(e.getTarget().getType().toString())
        + ", found '"
        + value
        + "'";
  }

  private static String expected(String type) {
    if (type.endsWith("Duration")) {
      return "an ISO-8601 duration such as PT10S";
    }
    if (type.endsWith("ZoneId")) {
      return "a time zone such as UTC or Europe/Berlin";
    }
    if (type.equals("boolean")) {
      return "true or false";
    }
    if (type.equals("int")) {
      return "a whole number";
    }
    return "a valid " + type.substring(type.lastIndexOf('.') + 1);
  }
}
