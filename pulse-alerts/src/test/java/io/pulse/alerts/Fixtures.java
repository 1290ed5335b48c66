package io.pulse.alerts;

import io.pulse.core.Channel;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builders shared by the alert tests. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

  /** A webhook nobody listens on: lets tests inspect queued deliveries without sending them. */
  static final WebhookSettings UNSENT_WEBHOOK =
      new WebhookSettings(
          URI.create("http://127.0.0.1:9/hook"), "0123456789abcdef-secret", Duration.ofSeconds(1));

  private static int sequence;

  private Fixtures() {}

  static InteractionScore score(String customer, Instant at, double score) {
    return new InteractionScore(
        "i" + ++sequence, at, score, customer, Channel.EMAIL, null, List.of());
  }

  static InteractionScore productScore(
      String customer, Instant at, double score, Channel channel, String product) {
    return new InteractionScore("i" + ++sequence, at, score, customer, channel, product, List.of());
  }

  static AlertConfig config(Map<String, String> overrides) {
    return AlertConfig.fromProperties(overrides);
  }

  static AlertEngine engine(MutableClock clock, AlertConfig config) {
    return AlertEngine.builder().config(config).clock(clock).webhook(UNSENT_WEBHOOK).build();
  }

  static AlertEngine engine(MutableClock clock) {
    return engine(clock, AlertConfig.defaults());
  }
}
