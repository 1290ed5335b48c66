package io.pulse.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.server.H2ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Alert events of the Flink streaming job, read from a KRaft broker started here (Kafka's own
 * server classes), become the server's alerts: raised once per series and kind however often an
 * event comes, unreadable events skipped.
 */
class AlertTopicTest extends H2ServerTest {

  private static KafkaClusterTestKit kafka;

  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) throws Exception {
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
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("pulse.alerts", 1, (short) 1))).all().get();
    }
    registry.add("pulse.alert-topic.bootstrap-servers", kafka::bootstrapServers);
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void anEventOfTheStreamJobRaisesOneAlertEvenWhenItComesTwice() throws Exception {
    String product = "stream-" + System.nanoTime();
    Instant end = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    String event =
        """
        {"id":"AGGREGATE_BAND:product:%s:%s","kind":"AGGREGATE_BAND","dimension":"product",
         "value":"%s","level":"RED","score":-0.71,"count":12,"negatives":11,
         "windowStart":"%s","windowEnd":"%s"}
        """
            .formatted(product, end, product, end.minus(Duration.ofHours(1)), end)
            .replace("\n", "");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", kafka.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>("pulse.alerts", "{not json")).get();
      producer.send(new ProducerRecord<>("pulse.alerts", event)).get();
      producer.send(new ProducerRecord<>("pulse.alerts", event)).get();
    }

    long deadline = System.currentTimeMillis() + 60_000;
    while (occurrences(product) < 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }

    assertThat(
            jdbc.sql(
                    "SELECT level FROM alerts WHERE kind = 'AGGREGATE_BAND'"
                        + " AND series_dimension = 'PRODUCT' AND series_value = :v")
                .param("v", product)
                .query(String.class)
                .list())
        .containsExactly("RED");
    assertThat(occurrences(product)).isEqualTo(2);
  }

  private long occurrences(String product) {
    return jdbc.sql("SELECT COALESCE(SUM(occurrences), 0) FROM alerts WHERE series_value = :v")
        .param("v", product)
        .query(Long.class)
        .single();
  }
}
