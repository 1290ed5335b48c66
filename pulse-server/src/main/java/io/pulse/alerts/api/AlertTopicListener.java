package io.pulse.alerts.api;

import io.pulse.alerts.AlertEngine;
import io.pulse.alerts.AlertKind;
import io.pulse.alerts.Band;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.Evidence;
import io.pulse.alerts.SeriesKey;
import io.pulse.alerts.WindowRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the alert events of the Flink streaming job (its series windows judged by the engine's own
 * {@link WindowRules}) and raises them through the {@link AlertEngine}: the same de-duplication per
 * series and kind, cooldown, escalation deadlines and notifications as the server's own alerts, one
 * engine transaction per event. Offsets are committed after the events of a poll were handled, so a
 * restart handles an event again rather than lose it, and the engine absorbs the repeat into the
 * open alert. An event that cannot be read is logged by offset and skipped.
 */
@Component
class AlertTopicListener implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AlertTopicListener.class);

  private final AlertTopicProperties topic;
  private final AlertEngine engine;
  private final EngineTransactions transactions;
  private final JsonMapper json;
  private final boolean enabled;
  private volatile KafkaConsumer<String, String> consumer;
  private volatile Thread thread;

  AlertTopicListener(
      AlertTopicProperties topic,
      AlertEngine engine,
      EngineTransactions transactions,
      JsonMapper json,
      AlertSettings settings) {
    this.topic = topic;
    this.engine = engine;
    this.transactions = transactions;
    this.json = json;
    this.enabled = settings.enabled() && !topic.bootstrapServers().isBlank();
  }

  @Override
  public void start() {
    if (!enabled) {
      return;
    }
    consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                topic.bootstrapServers(),
                "group.id",
                topic.groupId(),
                "enable.auto.commit",
                "false",
                "auto.offset.reset",
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer());
    thread = Thread.ofPlatform().name("pulse-alert-topic").daemon().start(this::run);
  }

  @Override
  public void stop() {
    KafkaConsumer<String, String> c = consumer;
    if (c != null) {
      c.wakeup();
      try {
        thread.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      consumer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return consumer != null;
  }

  private void run() {
    KafkaConsumer<String, String> c = consumer;
    try (c) {
      c.subscribe(List.of(topic.name()));
      while (!Thread.currentThread().isInterrupted()) {
        var records = c.poll(Duration.ofSeconds(1));
        for (ConsumerRecord<String, String> record : records) {
          handle(record);
        }
        if (!records.isEmpty()) {
          c.commitSync();
        }
      }
    } catch (WakeupException stopping) {
      // stop() asked the poll to end
    } catch (RuntimeException e) {
      LOG.error("alert topic {}: reading stopped: {}", topic.name(), e.getClass().getName());
    }
  }

  private void handle(ConsumerRecord<String, String> record) {
    WindowRules.WindowAlert alert;
    try {
      alert = read(json.readTree(record.value()));
    } catch (RuntimeException e) {
      LOG.warn(
          "alert topic {}: event at partition {} offset {} skipped ({})",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getClass().getSimpleName());
      return;
    }
    transactions.run(status -> engine.raise(alert));
  }

  /** An event of the streaming job's {@code AlertEvent} JSON as the engine's window alert. */
  static WindowRules.WindowAlert read(JsonNode event) {
    return new WindowRules.WindowAlert(
        AlertKind.valueOf(event.required("kind").asString()),
        new SeriesKey(
            Dimension.valueOf(event.required("dimension").asString().toUpperCase(Locale.ROOT)),
            event.required("value").asString()),
        Band.valueOf(event.required("level").asString()),
        new Evidence(
            event.required("score").asDouble(),
            event.required("count").asInt(),
            event.required("negatives").asInt(),
            null,
            Instant.parse(event.required("windowStart").asString()),
            Instant.parse(event.required("windowEnd").asString())));
  }
}
