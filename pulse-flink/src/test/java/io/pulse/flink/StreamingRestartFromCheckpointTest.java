package io.pulse.flink;

import static io.pulse.flink.FailOnceAfterACheckpoint.CHECKPOINTS_BEFORE_FAILURE;
import static io.pulse.flink.FailOnceAfterACheckpoint.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.JobExecutionResult;
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
 * A streaming job that fails after a checkpoint restarts from it: every interaction of the topic is
 * stored once and counted once in its windows, although the records after the checkpoint are read,
 * scored, stored and counted again; the alert events it publishes (some possibly twice) are those
 * of a run without a failure.
 */
class StreamingRestartFromCheckpointTest {

  private static final int ITEMS = 2_000;
  private static final Instant FIRST = Instant.parse("2025-03-01T08:00:00Z");

  /** Event time between two items: the items span four hours. */
  private static final Duration STEP = Duration.ofMillis(7_200);

  private static final Duration WINDOW = Duration.ofHours(2);
  private static final Duration WINDOW_STEP = Duration.ofHours(1);
  private static final String NEGATIVE =
      "The parcel is late again, terrible service, I am very angry and disappointed.";
  private static final String[] TEXTS = {
    "Thanks, the support team solved my problem within minutes. Great service!",
    "Could you send me the invoice for my last order?",
    NEGATIVE,
    "Love the new app, but the price went up again.",
  };

  @RegisterExtension static final MiniClusterExtension FLINK = TwoSlotCluster.extension();

  private static TestKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka =
        TestKafka.start(
            Map.of(
                "interactions", 2,
                "aggregates", 1,
                "alerts", 1,
                "aggregates-without-failure", 1,
                "alerts-without-failure", 1));
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void aFailureAfterACheckpointStoresAndCountsEveryInteractionOnceAndPublishesTheSameAlerts()
      throws Exception {
    FailOnceAfterACheckpoint.reset();
    List<Item> items = items();
    kafka.send(records(items));
    Path key = TestFiles.keyFile(Files.createDirectories(dir));

    String url = TestDatabase.create();
    JobExecutionResult result =
        StreamingJob.start(
                StreamExecutionEnvironment.getExecutionEnvironment(),
                options("with-failure", "aggregates", "alerts", url, key),
                raw -> raw.map(new FailOnceAfterACheckpoint(ITEMS / 2 / 5)).name("fail once"))
            .getJobExecutionResult()
            .get();
    String referenceUrl = TestDatabase.create();
    StreamingJob.start(
            StreamExecutionEnvironment.getExecutionEnvironment(),
            options(
                "without-failure",
                "aggregates-without-failure",
                "alerts-without-failure",
                referenceUrl,
                key))
        .getJobExecutionResult()
        .get();

    assertThat(FAILED).as("the job failed once after a completed checkpoint").isTrue();
    assertThat(CHECKPOINTS_BEFORE_FAILURE.get()).isPositive();
    long created = result.<Long>getAccumulatorResult(JobCounters.CREATED);
    long duplicates = result.<Long>getAccumulatorResult(JobCounters.DUPLICATE);
    assertThat(created + duplicates)
        .as("the attempt after the failure read on from the checkpoint, not from the start")
        .isLessThan(ITEMS);
    assertStoredOnceWithOneCurrentScore(url);

    Map<String, Long> expected = distinctPerWindow(items);
    Map<String, Set<Long>> counted = countsPerWindow(kafka.read("aggregates"));
    assertThat(counted.keySet()).as("every window is published").isEqualTo(expected.keySet());
    counted.forEach((window, counts) ->
        assertThat(counts)
            .as(
                "counts published for %s (a window may be published again after the restart)",
                window)
            .containsExactly(expected.get(window)));
    assertThat(countsPerWindow(kafka.read("aggregates-without-failure"))).isEqualTo(counted);

    Set<String> alerts = ids(kafka.read("alerts"));
    assertThat(alerts)
        .contains("AGGREGATE_BAND:product:late-parcels:2025-03-01T10:00:00Z")
        .isEqualTo(ids(kafka.read("alerts-without-failure")));
  }

  private static void assertStoredOnceWithOneCurrentScore(String url) throws Exception {
    long valid = ITEMS;
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM interactions")).isEqualTo(valid);
    assertThat(TestDatabase.count(url, "SELECT COUNT(DISTINCT external_id) FROM interactions"))
        .isEqualTo(valid);
    assertThat(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'scored'"))
        .isEqualTo(valid);
    assertThat(
            TestDatabase.count(
                url, "SELECT COUNT(DISTINCT interaction_id) FROM scores WHERE is_current"))
        .isEqualTo(valid);
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM scores WHERE is_current"))
        .isEqualTo(valid);
    assertThat(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'pending'"))
        .isZero();
  }

  private StreamOptions options(
      String group, String aggregates, String alerts, String url, Path key) {
    return new StreamOptions(
        kafka.bootstrapServers(),
        "interactions",
        group,
        aggregates,
        alerts,
        url,
        TestDatabase.USER,
        key.toString(),
        ModelTier.FAST,
        2,
        64,
        Duration.ofMillis(100),
        Duration.ofMillis(300),
        Map.of(
            "alerts.trend.window", WINDOW.toString(), "alerts.trend.step", WINDOW_STEP.toString()),
        Duration.ofMinutes(5),
        true);
  }

  /**
   * One valid interaction.
   *
   * @param at event time, epoch milliseconds
   */
  private record Item(String id, long at, String channel, String product, String tag, String text) {

    String json() {
      return JsonMapper.shared()
          .writeValueAsString(
              Map.of(
                  "externalId", id,
                  "channel", channel,
                  "timestamp", Instant.ofEpochMilli(at).toString(),
                  "customer", "customer-" + id.hashCode() % 40,
                  "product", product,
                  "tags", List.of(tag),
                  "text", text));
    }
  }

  /**
   * {@value #ITEMS} interactions in event-time order over four hours, four products of which one
   * ({@code late-parcels}) has only negative texts from 09:00 to 10:00, two channels, two topics.
   */
  private static List<Item> items() {
    List<Item> items = new ArrayList<>(ITEMS);
    for (int i = 0; i < ITEMS; i++) {
      long at = FIRST.plus(STEP.multipliedBy(i)).toEpochMilli();
      String product = i % 4 == 0 ? "late-parcels" : "p" + i % 4;
      boolean angryHour =
          i % 4 == 0
              && at >= FIRST.plus(Duration.ofHours(1)).toEpochMilli()
              && at < FIRST.plus(Duration.ofHours(2)).toEpochMilli();
      items.add(
          new Item(
              "s-" + i,
              at,
              i % 3 == 0 ? "email" : "chat",
              product,
              i % 5 == 0 ? "billing" : "delivery",
              angryHour ? NEGATIVE : TEXTS[(i / 4) % TEXTS.length]));
    }
    return items;
  }

  /**
   * The items keyed by id (so over both partitions), every 100th sent a second time a few records
   * later, and one invalid record halfway.
   */
  private static List<ProducerRecord<String, String>> records(List<Item> items) {
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      records.add(new ProducerRecord<>("interactions", item.id(), item.json()));
      if (i >= 20 && i % 100 == 0) {
        Item again = items.get(i - 20);
        records.add(new ProducerRecord<>("interactions", again.id(), again.json()));
      }
      if (i == items.size() / 2) {
        records.add(
            new ProducerRecord<>(
                "interactions", "bad-1", "{\"externalId\":\"bad-1\",\"channel\":\"fax\"}"));
      }
    }
    return records;
  }

  /** Distinct interactions per series window, keyed {@code dimension:value:windowStart}. */
  private static Map<String, Long> distinctPerWindow(List<Item> items) {
    Map<String, Long> counts = new HashMap<>();
    for (Item item : items) {
      long step = WINDOW_STEP.toMillis();
      long lastStart = item.at() - item.at() % step;
      for (long start = lastStart; start > item.at() - WINDOW.toMillis(); start -= step) {
        for (String series :
            List.of(
                "channel:" + item.channel(), "product:" + item.product(), "topic:" + item.tag())) {
          counts.merge(series + ":" + Instant.ofEpochMilli(start), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  /** The counts published per series window (more than one if they differ between publications). */
  private static Map<String, Set<Long>> countsPerWindow(List<JsonNode> windows) {
    Map<String, Set<Long>> counts = new HashMap<>();
    for (JsonNode w : windows) {
      String window =
          w.path("dimension").asString()
              + ":"
              + w.path("value").asString()
              + ":"
              + Instant.ofEpochMilli(w.path("windowStart").asLong());
      counts.computeIfAbsent(window, k -> new TreeSet<>()).add(w.path("count").asLong());
    }
    return counts;
  }

  private static Set<String> ids(List<JsonNode> alerts) {
    Set<String> ids = new HashSet<>();
    alerts.forEach(a -> ids.add(a.path("id").asString()));
    return ids;
  }
}
