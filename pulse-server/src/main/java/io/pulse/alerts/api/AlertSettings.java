package io.pulse.alerts.api;

import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.MailSettings;
import io.pulse.alerts.WebhookSettings;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alert settings of the server: the engine's {@link AlertConfig} plus where notifications go
 * and how often the scheduler runs. Read from {@code alerts.*} keys (the {@code pulse.} prefix of
 * Spring properties removed); see {@link AlertSettingsSource} for where they come from.
 *
 * @param enabled {@code alerts.enabled}: whether ingest feeds the engine and the scheduler runs
 * @param config bands, escalation, trends, cooldown, retry
 * @param webhook {@code alerts.webhook.*}, or {@code null} for no webhook
 * @param mail {@code alerts.mail.*}, or {@code null} for no e-mail
 * @param tick {@code alerts.tick}: how often overdue alerts are escalated and the outbox drained
 * @param zone {@code alerts.zone}: time zone whose days calibration reports count
 * @param calibrationMaxRows {@code alerts.calibration.max-rows}: largest history one calibration
 *     replays
 */
record AlertSettings(
    boolean enabled,
    AlertConfig config,
    WebhookSettings webhook,
    MailSettings mail,
    Duration tick,
    ZoneId zone,
    int calibrationMaxRows) {

  /** Keys the server reads itself; every other {@code alerts.*} key belongs to AlertConfig. */
  private static final List<String> SERVER_KEYS =
      List.of(
          "alerts.enabled",
          "alerts.file",
          "alerts.tick",
          "alerts.zone",
          "alerts.calibration.max-rows");

  /**
   * Parses and validates flat {@code alerts.*} settings.
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
      if (SERVER_KEYS.contains(key)
          || key.startsWith("alerts.webhook.")
          || key.startsWith("alerts.mail.")) {
        own.put(key, value == null ? null : value.strip());
      } else {
        engine.put(key, value);
      }
    });
    AlertConfig config = AlertConfig.fromProperties(engine);
    return new AlertSettings(
        bool(own, "alerts.enabled", true),
        config,
        webhook(own),
        mail(own),
        positive("alerts.tick", duration(own, "alerts.tick", Duration.ofSeconds(10))),
        zone(own),
        integer(own, "alerts.calibration.max-rows", 500_000));
  }

  private static WebhookSettings webhook(Map<String, String> own) {
    String url = own.get("alerts.webhook.url");
    for (String key : own.keySet()) {
      if (key.startsWith("alerts.webhook.")
          && !List.of("alerts.webhook.url", "alerts.webhook.secret", "alerts.webhook.timeout")
              .contains(key)) {
        throw new IllegalArgumentException("unknown setting " + key);
      }
    }
    if (url == null || url.isEmpty()) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("alerts.webhook.url must be a URL, found '" + url + "'");
    }
    return new WebhookSettings(
        uri,
        own.get("alerts.webhook.secret"),
        duration(own, "alerts.webhook.timeout", Duration.ofSeconds(10)));
  }

  private static MailSettings mail(Map<String, String> own) {
    Map<String, List<String>> recipients = new TreeMap<>();
    List<String> known =
        List.of(
            "alerts.mail.host",
            "alerts.mail.port",
            "alerts.mail.from",
            "alerts.mail.username",
            "alerts.mail.password",
            "alerts.mail.starttls");
    own.forEach((key, value) -> {
      if (key.startsWith("alerts.mail.recipients.")) {
        String role = key.substring("alerts.mail.recipients.".length());
        recipients.put(
            role,
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
      } else if (key.startsWith("alerts.mail.") && !known.contains(key)) {
        throw new IllegalArgumentException("unknown setting " + key);
      }
    });
    String host = own.get("alerts.mail.host");
    if (host == null || host.isEmpty()) {
      if (!recipients.isEmpty()) {
        throw new IllegalArgumentException(
            "alerts.mail.recipients.* are set but alerts.mail.host is missing");
      }
      return null;
    }
    String username = own.get("alerts.mail.username");
    return new MailSettings(
        host,
        integer(own, "alerts.mail.port", 25),
        own.get("alerts.mail.from"),
        recipients,
        username == null || username.isEmpty() ? null : username,
        own.get("alerts.mail.password"),
        bool(own, "alerts.mail.starttls", false));
  }

  private static ZoneId zone(Map<String, String> own) {
    String value = own.get("alerts.zone");
    if (value == null || value.isEmpty()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(value);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "alerts.zone must be a time zone such as UTC or Europe/Berlin, found '" + value + "'");
    }
  }

  private static boolean bool(Map<String, String> own, String key, boolean fallback) {
    String value = own.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(key + " must be true or false, found '" + value + "'");
    };
  }

  private static int integer(Map<String, String> own, String key, int fallback) {
    String value = own.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < 1) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + " must be a whole number >= 1, found '" + value + "'");
    }
  }

  private static Duration duration(Map<String, String> own, String key, Duration fallback) {
    String value = own.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return positive(key, Duration.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " must be an ISO-8601 duration such as PT10S, found '" + value + "'");
    }
  }

  private static Duration positive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be > 0, found " + value);
    }
    return value;
  }
}
