package io.pulse.flink;

import io.pulse.alerts.AlertConfig;
import io.pulse.store.InteractionStore.Analyzed;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
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
 * topic, and {@code alert rules} (the engine's {@code WindowRules}) -> the alerts topic. Kafka
 * offsets, the windows and the once-per-series memory are checkpointed together; stores are
 * idempotent by external id, and alert events carry ids that are the same when a restart emits them
 * again.
 */
public final class StreamingJob {

  /** The job's name, as shown by Flink. */
  public static final String NAME = "pulse-stream";

  private StreamingJob() {}

  /** Builds the job in {@code env} and starts it; the database is migrated first. */
  public static JobClient start(StreamExecutionEnvironment env, StreamOptions options)
      throws Exception {
    Database database = new Database(options.jdbcUrl(), options.jdbcUser());
    ModelTier tier = new ModelTier(options.model());
    database.migrate();
    if (options.parallelism() > 0) {
      env.setParallelism(options.parallelism());
    }
    BackfillJob.configureRecovery(env, options.checkpointInterval());
    build(env, options, database, tier);
    return env.executeAsync(NAME);
  }

  static void build(
      StreamExecutionEnvironment env, StreamOptions options, Database database, ModelTier tier) {
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
        env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "interactions topic")
            .uid("interactions-topic");
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
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<SeriesScore>forBoundedOutOfOrderness(options.lateness())
                    .withTimestampAssigner((s, previous) -> s.occurredAt())
                    .withIdleness(Duration.ofMinutes(1)))
            .name("event time")
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
