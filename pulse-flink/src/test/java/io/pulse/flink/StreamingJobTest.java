package io.pulse.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
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

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static KafkaClusterTestKit kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            // one broker: the internal topics cannot have the default three replicas
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic("interactions", 2, (short) 1),
                  new NewTopic("aggregates", 1, (short) 1),
                  new NewTopic("alerts", 1, (short) 1)))
          .all()
          .get();
    }
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
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", kafka.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      for (String value : values) {
        producer.send(new ProducerRecord<>("interactions", value)).get();
      }
    }
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
    Properties properties = new Properties();
    properties.put("bootstrap.servers", kafka.bootstrapServers());

    List<JsonNode> out = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long until = System.currentTimeMillis() + 20_000;
      int empty = 0;
      while (System.currentTimeMillis() < until && empty < 3) {
        var records = consumer.poll(Duration.ofSeconds(1));
        empty = records.isEmpty() && !out.isEmpty() ? empty + 1 : 0;
        for (ConsumerRecord<String, String> r : records) {
          out.add(JsonMapper.shared().readTree(r.value()));
        }
      }
    }
    return out;
  }
}
