package io.pulse.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A one-node KRaft Kafka broker (Kafka's own server classes) for the streaming job's tests: topics,
 * records in, JSON records out.
 */
final class TestKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private TestKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Starts a broker and creates {@code topics} (name to partitions). */
  static TestKafka start(Map<String, Integer> topics) throws Exception {
    KafkaClusterTestKit cluster =
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
            // the job publishes with event times (the tests' are of 2025): time-based retention
            // would delete those records at its first check, 30 s after the broker starts
            .setConfigProp("log.retention.ms", "-1")
            .build();
    TestKafka kafka = new TestKafka(cluster);
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
        admin
            .createTopics(
                topics.entrySet().stream()
                    .map(t -> new NewTopic(t.getKey(), t.getValue(), (short) 1))
                    .toList())
            .all()
            .get();
      }
      return kafka;
    } catch (Exception e) {
      kafka.close();
      throw e;
    }
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Sends {@code records} in their order and waits until all are acknowledged. */
  void send(List<ProducerRecord<String, String>> records) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
      for (ProducerRecord<String, String> r : records) {
        sent.add(producer.send(r));
      }
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    }
  }

  /**
   * The values of every partition of {@code topic} as JSON, from the beginning to the end it has
   * now (waiting at most 20 s for them).
   */
  List<JsonNode> read(String topic) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers());

    List<JsonNode> out = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long until = System.currentTimeMillis() + 20_000;
      while (System.currentTimeMillis() < until
          && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(JsonMapper.shared().readTree(r.value()));
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
