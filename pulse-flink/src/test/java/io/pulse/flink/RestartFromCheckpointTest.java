package io.pulse.flink;

import static io.pulse.flink.FailOnceAfterACheckpoint.CHECKPOINTS_BEFORE_FAILURE;
import static io.pulse.flink.FailOnceAfterACheckpoint.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill that fails after a checkpoint restarts from it: every item is stored, none twice,
 * although the items between the checkpoint and the failure are read, scored and stored again.
 */
class RestartFromCheckpointTest {

  private static final int FILES = 4;
  private static final int PER_FILE = 1_500;

  @RegisterExtension static final MiniClusterExtension FLINK = TwoSlotCluster.extension();

  @TempDir java.nio.file.Path dir;

  @Test
  void aFailureAfterACheckpointLosesNothingAndStoresNothingTwice() throws Exception {
    FailOnceAfterACheckpoint.reset();
    java.nio.file.Path input = Files.createDirectories(dir.resolve("in"));
    for (int f = 0; f < FILES; f++) {
      TestFiles.ndjson(input.resolve("part-" + f + ".ndjson"), "f" + f, PER_FILE, f);
    }
    String url = TestDatabase.create();
    BackfillOptions options = BackfillJobTest.options(input, url, 2);
    new Database(url, TestDatabase.USER).migrate();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    BackfillJob.configure(env, options);
    FileSource<RawInteraction> source =
        FileSource.forBulkFileFormat(
                new InteractionFileFormat(null, 20_000),
                InputFiles.list(List.of(input.toString())).toArray(Path[]::new))
            .build();
    DataStream<RawInteraction> items =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "interaction files")
            .map(new FailOnceAfterACheckpoint(FILES * PER_FILE / 4))
            .name("fail once");
    BackfillJob.Operators.protectScoreStore(
        items,
        new PrivacyKey(options.privacyKeyFile()),
        new ModelTier(ModelTier.FAST),
        new Database(url, TestDatabase.USER),
        options.batchSize(),
        200);

    JobExecutionResult result = env.execute("backfill with a failure");

    int expected = FILES * PER_FILE;
    assertThat(FAILED).as("the job failed once after a completed checkpoint").isTrue();
    assertThat(CHECKPOINTS_BEFORE_FAILURE.get()).isPositive();
    long created = result.<Long>getAccumulatorResult(JobCounters.CREATED);
    long duplicates = result.<Long>getAccumulatorResult(JobCounters.DUPLICATE);
    assertThat(created + duplicates)
        .as("the attempt after the failure read on from the checkpoint, not from the start")
        .isLessThan(expected);
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM interactions")).isEqualTo(expected);
    assertThat(TestDatabase.count(url, "SELECT COUNT(DISTINCT external_id) FROM interactions"))
        .isEqualTo(expected);
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM scores"))
        .isEqualTo(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'scored'"));
    assertThat(
            TestDatabase.count(
                url,
                "SELECT COUNT(*) FROM (SELECT interaction_id FROM scores GROUP BY 1 HAVING COUNT(*) > 1) d"))
        .isZero();
    assertThat(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'pending'"))
        .isZero();
  }
}
