package io.pulse.alerts.api;

import io.pulse.alerts.AlertEngine;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the alert engine to the database: alerts and outbox in JDBC tables, settings from {@code
 * pulse.alerts.*} and the optional {@code pulse.alerts.file}. Invalid settings stop the server with
 * a message naming the setting, the rule and the value.
 */
@Configuration(proxyBeanMethods = false)
class AlertsConfig {

  private static final Logger LOG = LoggerFactory.getLogger(AlertsConfig.class);

  /** The system clock at the precision both databases store, so API answers match stored rows. */
  static final Clock MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  @Bean
  AlertSettings alertSettings(Environment environment) {
    AlertSettings settings = AlertSettingsSource.read(environment);
    LOG.info(
        "alerts {}: bands green > {}, yellow >= {}, orange >= {}; webhook {}; e-mail {}",
        settings.enabled() ? "enabled" : "disabled",
        settings.config().bands().greenLower(),
        settings.config().bands().yellowLower(),
        settings.config().bands().orangeLower(),
        settings.webhookSettings() == null ? "off" : "on",
        settings.mailSettings() == null
            ? "off"
            : "roles " + settings.mailSettings().recipients().keySet());
    return settings;
  }

  @Bean
  JdbcAlertStore alertStore(JdbcClient jdbc) {
    return new JdbcAlertStore(jdbc);
  }

  @Bean
  JdbcOutbox alertOutbox(JdbcClient jdbc) {
    return new JdbcOutbox(jdbc);
  }

  @Bean
  ScoreHistory scoreHistory(JdbcClient jdbc, JsonMapper json) {
    return new ScoreHistory(jdbc, json);
  }

  @Bean
  AlertEngine alertEngine(
      AlertSettings settings, JdbcAlertStore store, JdbcOutbox outbox, JdbcClient jdbc) {
    var adapter = settings.helpdesk().adapter();
    if (adapter != null) {
      LOG.info("helpdesk write-back: {}, rules {}", adapter, settings.helpdesk().writeBackRules());
    }
    return AlertEngine.builder()
        .helpdesk(
            adapter == null ? null : new HelpdeskWrites(adapter, jdbc),
            settings.helpdesk().writeBackRules())
        .config(settings.config())
        .clock(MICROS)
        .store(store)
        .outbox(outbox)
        .webhook(settings.webhookSettings())
        .mail(settings.mailSettings())
        .build();
  }
}
