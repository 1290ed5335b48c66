package io.pulse.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming job on a Flink MiniCluster between a KRaft Kafka broker started here (Kafka's own
 * server classes) and PostgreSQL.
 */
class StreamingJobTest {

  @RegisterExtension static final MiniClusterExtension FLINK = TwoSlotCluster.extension();

  private static TestKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = TestKafka.start(Map.of("interactions", 2, "aggregates", 1, "alerts", 1));
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void storesTheTopicsInteractionsOnceAndPublishesWindowsAndTheAlertsTheirRulesCallFor()
      throws Exception {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      values.add(
          interaction(
              "neg-" + i,
              "2025-03-01T10:0" + (i % 10) + ":00Z",
              "late-parcels",
              "The parcel is late again, terrible service, I am very angry and disappointed."));
    }
    for (int i = 0; i < 5; i++) {
      values.add(
          interaction(
              "pos-" + i,
              "2025-03-01T10:1" + i + ":00Z",
              "happy-app",
              "Thank you, great service, I love the new app!"));
    }
    values.add(values.getFirst()); // sent twice: stored and counted once
    values.add("{\"externalId\":\"bad-1\",\"channel\":\"fax\"}");
    kafka.send(
        values.stream().map(v -> new ProducerRecord<String, String>("interactions", v)).toList());
    String url = TestDatabase.create();
    StreamOptions options =
        new StreamOptions(
            kafka.bootstrapServers(),
            "interactions",
            "pulse-test",
            "aggregates",
            "alerts",
            url,
            TestDatabase.USER,
            TestFiles.keyFile(Files.createDirectories(dir)).toString(),
            ModelTier.FAST,
            2,
            64,
            Duration.ofMillis(100),
            Duration.ofMillis(500),
            Map.of("alerts.trend.window", "PT1H", "alerts.trend.step", "PT1H"),
            Duration.ofMinutes(5),
            true);

    JobClient job =
        StreamingJob.start(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    job.getJobExecutionResult().get();

    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM interactions")).isEqualTo(17);
    List<JsonNode> windows = read("aggregates");
    assertThat(windows)
        .anySatisfy(w -> {
          assertThat(w.path("dimension").asString()).isEqualTo("product");
          assertThat(w.path("value").asString()).isEqualTo("late-parcels");
          assertThat(w.path("count").asLong()).isEqualTo(12);
          assertThat(w.path("mean").asDouble()).isLessThan(-0.5);
        });
    assertThat(windows)
        .filteredOn(w -> w.path("dimension").asString().equals("channel"))
        .singleElement()
        .satisfies(w -> assertThat(w.path("count").asLong()).isEqualTo(17));
    List<JsonNode> alerts = read("alerts");
    assertThat(alerts)
        .anySatisfy(a -> {
          assertThat(a.path("kind").asString()).isEqualTo("AGGREGATE_BAND");
          assertThat(a.path("dimension").asString()).isEqualTo("product");
          assertThat(a.path("value").asString()).isEqualTo("late-parcels");
          assertThat(a.path("level").asString()).isEqualTo("RED");
          assertThat(a.path("windowEnd").asString()).isEqualTo("2025-03-01T11:00:00Z");
        });
    assertThat(alerts)
        .noneSatisfy(a -> assertThat(a.path("value").asString()).isEqualTo("happy-app"));
  }

  private static String interaction(String id, String at, String product, String text) {
    return JsonMapper.shared()
        .writeValueAsString(
            Map.of(
                "externalId", id,
                "channel", "chat",
                "timestamp", at,
                "customer", "customer-" + id,
                "product", product,
                "tags", List.of("delivery"),
                "text", text));
  }

  private static List<JsonNode> read(String topic) {
    return kafka.read(topic);
  }
}
