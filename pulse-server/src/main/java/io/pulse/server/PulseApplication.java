package io.pulse.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Spring Boot application of the server; scans only Pulse's server feature packages. */
@SpringBootApplication(
    scanBasePackages = {
      "io.pulse.server",
      "io.pulse.ingest",
      "io.pulse.scores",
      "io.pulse.interactions",
      "io.pulse.analytics.api",
      "io.pulse.feedback",
      "io.pulse.dashboard",
      "io.pulse.alerts.api",
      "io.pulse.insight.api",
      "io.pulse.audit",
      "io.pulse.gdpr",
      "io.pulse.connectors"
    })
@ConfigurationPropertiesScan(
    basePackages = {
      "io.pulse.server",
      "io.pulse.ingest",
      "io.pulse.interactions",
      "io.pulse.analytics.api",
      "io.pulse.alerts.api",
      "io.pulse.connectors"
    })
class PulseApplication {}
