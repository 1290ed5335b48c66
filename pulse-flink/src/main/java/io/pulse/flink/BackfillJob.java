package io.pulse.flink;

import io.pulse.store.InteractionStore.Analyzed;
import io.pulse.store.ProtectedInteraction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The backfill job: interaction files -> {@code protect} -> {@code score} -> {@code store}, every
 * operator named and with a stable uid, all chained in one task per slot (no network shuffle: a
 * file's items stay in the slot that reads it). Progress is checkpointed (file and item position);
 * after a failure the job restarts from the last checkpoint and the store skips what it had already
 * stored, so nothing is lost and nothing stored twice.
 */
public final class BackfillJob {

  /** The job's name, as shown by Flink. */
  public static final String NAME = "pulse-backfill";

  private BackfillJob() {}

  /**
   * Runs a backfill in {@code env} (a local MiniCluster, or the cluster {@code flink run} submits
   * to) and waits for it to end. The database is migrated to the server's schema first.
   */
  public static BackfillReport run(StreamExecutionEnvironment env, BackfillOptions options)
      throws Exception {
    return run(env, options, Progress.NONE);
  }

  /**
   * As {@link #run(StreamExecutionEnvironment, BackfillOptions)}, telling {@code progress} the
   * items done (stored, duplicate or rejected) about once a second.
   */
  public static BackfillReport run(
      StreamExecutionEnvironment env, BackfillOptions options, Progress progress) throws Exception {
    List<Path> files = InputFiles.list(options.inputs());
    Database database = new Database(options.jdbcUrl(), options.jdbcUser());
    new ModelTier(options.model());
    database.migrate();
    progress.started(files.size(), InputFiles.estimateItems(files));
    configure(env, options);
    build(env, options, files);
    long start = System.nanoTime();
    JobExecutionResult result = await(env.executeAsync(NAME), progress);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return report(files.size(), result.getAllAccumulatorResults(), elapsed);
  }

  /**
   * Waits for {@code job} to end and returns its result, telling {@code progress} the items done
   * about once a second. Asks {@code job} for its result once: a cluster's client ({@code flink
   * run}) answers every call with a new REST request, whose future is not done yet when returned.
   *
   * @throws ExecutionException when the job failed
   */
  static JobExecutionResult await(JobClient job, Progress progress) throws Exception {
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    while (true) {
      try {
        return result.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException running) {
        reportProgress(job, progress);
      }
    }
  }

  private static void reportProgress(JobClient job, Progress progress) throws InterruptedException {
    try {
      Map<String, Object> now = job.getAccumulators().get(1, TimeUnit.SECONDS);
      progress.done(
          count(now, JobCounters.CREATED)
              + count(now, JobCounters.DUPLICATE)
              + count(now, JobCounters.REJECTED));
    } catch (TimeoutException | ExecutionException e) {
      // not running yet, or finishing: the next poll or the result tells
    }
  }

  /**
   * Checkpoints, restarts after a failure, and object reuse (the chained operators copy nothing).
   */
  static void configure(StreamExecutionEnvironment env, BackfillOptions options) {
    if (options.parallelism() > 0) {
      env.setParallelism(options.parallelism());
    }
    configureRecovery(env, options.checkpointInterval());
  }

  /** Checkpoints every {@code interval}; after a failure, up to 3 restarts 1 s apart. */
  static void configureRecovery(StreamExecutionEnvironment env, Duration interval) {
    env.enableCheckpointing(interval.toMillis());
    env.getConfig().enableObjectReuse();
    Configuration restarts = new Configuration();
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
    env.configure(restarts);
  }

  /** Adds the job's operators to {@code env}. */
  static void build(StreamExecutionEnvironment env, BackfillOptions options, List<Path> files) {
    FileSource<RawInteraction> source =
        FileSource.forBulkFileFormat(
                new InteractionFileFormat(options.defaultChannel(), options.maxTextChars()),
                files.toArray(Path[]::new))
            .build();
    DataStream<RawInteraction> items =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "interaction files")
            .uid("interaction-files");
    Operators.protectScoreStore(
        items,
        new PrivacyKey(options.privacyKeyFile()),
        new ModelTier(options.model()),
        new Database(options.jdbcUrl(), options.jdbcUser()),
        options.batchSize(),
        200);
  }

  private static BackfillReport report(int files, Map<String, Object> accumulators, Duration t) {
    return new BackfillReport(
        files,
        count(accumulators, JobCounters.CREATED),
        count(accumulators, JobCounters.DUPLICATE),
        count(accumulators, JobCounters.REJECTED),
        ReportRejected.messages(accumulators.get(ReportRejected.ACCUMULATOR)),
        t);
  }

  private static long count(Map<String, Object> accumulators, String name) {
    Object value = accumulators.get(name);
    return value instanceof Number n ? n.longValue() : 0;
  }

  /** Told how far a backfill is. */
  public interface Progress {

    /** Tells nothing. */
    Progress NONE =
        new Progress() {
          @Override
          public void started(int files, long estimatedItems) {}

          @Override
          public void done(long items) {}
        };

    /** The job starts on {@code files} files holding about {@code estimatedItems} (-1: unknown). */
    void started(int files, long estimatedItems);

    /** Items done so far. */
    void done(long items);
  }

  /** The operators both jobs share, named and with stable uids. */
  static final class Operators {

    private Operators() {}

    /**
     * protect -> score -> store, with rejected items reported; returns the analysed stream (before
     * storing) for the streaming job's aggregates.
     */
    static DataStream<Analyzed> protectScoreStore(
        DataStream<RawInteraction> items,
        PrivacyKey key,
        ModelTier tier,
        Database database,
        int batchSize,
        long maxWaitMillis) {
      SingleOutputStreamOperator<ProtectedInteraction> protectedItems =
          items.process(new Protect(key)).name("protect").uid("protect");
      protectedItems
          .getSideOutput(Protect.REJECTED)
          .process(new ReportRejected())
          .name("report rejected")
          .uid("report-rejected")
          .sinkTo(new DiscardingSink<>())
          .name("rejected end")
          .uid("rejected-end");
      DataStream<Analyzed> analyzed =
          protectedItems
              .transform(
                  "score",
                  TypeInformation.of(Analyzed.class),
                  new MicroBatchOperator<>(new Analyze(tier), batchSize, maxWaitMillis))
              .uid("score");
      analyzed
          .transform(
              "store",
              Types.LONG,
              new MicroBatchOperator<>(new Store(database), batchSize, maxWaitMillis))
          .uid("store")
          .sinkTo(new DiscardingSink<>())
          .name("stored")
          .uid("stored");
      return analyzed;
    }
  }
}
