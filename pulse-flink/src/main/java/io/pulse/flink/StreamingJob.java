package io.pulse.flink;

import io.pulse.alerts.AlertConfig;
import io.pulse.store.InteractionStore.Analyzed;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming job: a Kafka topic of raw interactions -> {@code protect} -> {@code score} ->
 * {@code store} (the backfill's operators), and from the scores: series of product, channel and
 * topic -> {@code once per series} -> sliding event-time windows of the alert settings' window and
 * step (a day stepping by an hour by default, the engine's rolling windows) -> the aggregates
 * topic, and {@code alert rules} (the engine's {@code WindowRules}) -> the alerts topic. Watermarks
 * are made per partition where the topic is read ({@link #eventTime(Duration)}). Kafka offsets, the
 * windows and the once-per-series memory are checkpointed together; stores are idempotent by
 * external id, and alert events carry ids that are the same when a restart emits them again.
 */
public final class StreamingJob {

  /** The job's name, as shown by Flink. */
  public static final String NAME = "pulse-stream";

  private StreamingJob() {}

  /** Builds the job in {@code env} and starts it; the database is migrated first. */
  public static JobClient start(StreamExecutionEnvironment env, StreamOptions options)
      throws Exception {
    return start(env, options, UnaryOperator.identity());
  }

  /**
   * As {@link #start(StreamExecutionEnvironment, StreamOptions)}, with {@code beforeProtect}
   * applied to the raw items between the topic and {@code protect} (tests inject failures there).
   */
  static JobClient start(
      StreamExecutionEnvironment env,
      StreamOptions options,
      UnaryOperator<DataStream<RawInteraction>> beforeProtect)
      throws Exception {
    Database database = new Database(options.jdbcUrl(), options.jdbcUser());
    ModelTier tier = new ModelTier(options.model());
    database.migrate();
    if (options.parallelism() > 0) {
      env.setParallelism(options.parallelism());
    }
    BackfillJob.configureRecovery(env, options.checkpointInterval());
    build(env, options, database, tier, beforeProtect);
    return env.executeAsync(NAME);
  }

  static void build(
      StreamExecutionEnvironment env,
      StreamOptions options,
      Database database,
      ModelTier tier,
      UnaryOperator<DataStream<RawInteraction>> beforeProtect) {
    KafkaSourceBuilder<RawInteraction> source =
        KafkaSource.<RawInteraction>builder()
            .setBootstrapServers(options.bootstrapServers())
            .setTopics(options.topic())
            .setGroupId(options.groupId())
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new KafkaInteractions(20_000));
    if (options.bounded()) {
      source.setBounded(OffsetsInitializer.latest());
    }
    DataStream<RawInteraction> items =
        beforeProtect.apply(
            env.fromSource(source.build(), eventTime(options.lateness()), "interactions topic")
                .uid("interactions-topic"));
    DataStream<Analyzed> analyzed =
        BackfillJob.Operators.protectScoreStore(
            items,
            new PrivacyKey(options.privacyKeyFile()),
            tier,
            database,
            options.batchSize(),
            options.maxWait().toMillis());
    AlertConfig alerts = SeriesWindows.config(options.alertSettings());
    DataStream<SeriesWindow> windows =
        analyzed
            .flatMap((Analyzed item, org.apache.flink.util.Collector<SeriesScore> out) ->
                SeriesScore.of(item).forEach(out::collect))
            .returns(SeriesScore.class)
            .name("series")
            .uid("series")
            .keyBy(SeriesScore::once)
            .process(new SeriesWindows.Once(alerts.trend().window().multipliedBy(2)))
            .name("once per series")
            .uid("once-per-series")
            .transform(
                "event time", TypeInformation.of(SeriesScore.class), new SeriesWindows.EventTime())
            .uid("event-time")
            .keyBy(SeriesScore::key)
            .window(SlidingEventTimeWindows.of(alerts.trend().window(), alerts.trend().step()))
            .aggregate(
                new SeriesWindows.Sums(alerts.bands().yellowLower()), new SeriesWindows.Named())
            .name("series windows")
            .uid("series-windows");
    windows
        .map(new AsJson<SeriesWindow>())
        .returns(Types.STRING)
        .name("aggregates as JSON")
        .uid("aggregates-json")
        .sinkTo(kafka(options.bootstrapServers(), options.aggregatesTopic()))
        .name("aggregates topic")
        .uid("aggregates-topic");
    windows
        .flatMap(new SeriesWindows.Rules(options.alertSettings()))
        .name("alert rules")
        .uid("alert-rules")
        .map(new AsJson<AlertEvent>())
        .returns(Types.STRING)
        .name("alerts as JSON")
        .uid("alerts-json")
        .sinkTo(kafka(options.bootstrapServers(), options.alertsTopic()))
        .name("alerts topic")
        .uid("alerts-topic");
  }

  /**
   * Watermarks per Kafka partition, made where the records are read: a partition's items may be
   * {@code lateness} out of order, and the watermark is the least of the partitions'. (Made after a
   * shuffle instead, a partition read ahead of another, as when catching up on a backlog or after a
   * restore, would push it past the other partition's items, and the windows would drop them as
   * late.) An invalid item has no event time and moves no watermark.
   */
  static WatermarkStrategy<RawInteraction> eventTime(Duration lateness) {
    return WatermarkStrategy.<RawInteraction>forBoundedOutOfOrderness(lateness)
        .withTimestampAssigner((item, kafkaTime) -> eventTime(item))
        .withIdleness(Duration.ofMinutes(1));
  }

  private static long eventTime(RawInteraction item) {
    return item.interaction() == null || item.interaction().occurredAt() == null
        ? Long.MIN_VALUE
        : item.interaction().occurredAt().toInstant().toEpochMilli();
  }

  /** A record as one line of JSON. */
  static final class AsJson<T> implements MapFunction<T, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String map(T value) {
      return JsonMapper.shared().writeValueAsString(value);
    }
  }

  private static KafkaSink<String> kafka(String servers, String topic) {
    return KafkaSink.<String>builder()
        .setBootstrapServers(servers)
        .setRecordSerializer(
            KafkaRecordSerializationSchema.builder()
                .setTopic(topic)
                .setValueSerializationSchema(new SimpleStringSchema())
                .build())
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }
}
