package io.pulse.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job graphs an operator sees in Flink's UI: named tasks, a stable uid on every operator (so a
 * savepoint restores into a newer build), and the steps of one item chained into one task per slot
 * (no network hop between reading, protecting, scoring and storing).
 */
class JobGraphTest {

  @TempDir Path dir;

  @Test
  void theBackfillIsOneChainedTaskFromFilesToStoreWithAUidOnEveryOperator() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    TestFiles.ndjson(input.resolve("part-0.ndjson"), "g", 10, 0);
    BackfillOptions options =
        BackfillJobTest.options(input, "jdbc:postgresql://127.0.0.1:5432/unused", 2);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    BackfillJob.configure(env, options);
    BackfillJob.build(env, options, InputFiles.list(options.inputs()));
    StreamGraph graph = env.getStreamGraph();

    assertThat(uids(graph)).doesNotContainNull();
    List<String> tasks = taskNames(graph.getJobGraph());
    assertThat(tasks)
        .singleElement()
        .satisfies(task ->
            assertThat(task)
                .startsWith("Source: interaction files -> protect -> ")
                .contains("score -> store"));
  }

  @Test
  void theStreamingJobChainsItsStepsAndSplitsOnlyWhereItsWindowsNeedTheirKeys() throws Exception {
    StreamOptions options =
        new StreamOptions(
            "127.0.0.1:9",
            "interactions",
            "pulse",
            "aggregates",
            "alerts",
            "jdbc:postgresql://127.0.0.1:5432/unused",
            "postgres",
            null,
            ModelTier.FAST,
            2,
            64,
            Duration.ofMillis(200),
            Duration.ofSeconds(10),
            Map.of(),
            Duration.ofMinutes(5),
            false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    StreamingJob.build(
        env,
        options,
        new Database(options.jdbcUrl(), options.jdbcUser()),
        new ModelTier(options.model()),
        UnaryOperator.identity());
    StreamGraph graph = env.getStreamGraph();

    assertThat(uids(graph)).doesNotContainNull();
    List<String> tasks = taskNames(graph.getJobGraph());
    assertThat(tasks).hasSize(3);
    assertThat(tasks.get(0))
        .startsWith("Source: interactions topic -> protect -> ")
        .contains("score");
    assertThat(tasks.get(1)).isEqualTo("once per series -> event time");
    assertThat(tasks.get(2)).startsWith("series windows -> ").contains("alert rules");
  }

  private static List<String> uids(StreamGraph graph) {
    return graph.getStreamNodes().stream()
        .filter(node -> !node.getOperatorName().endsWith(": Writer"))
        .map(StreamNode::getTransformationUID)
        .toList();
  }

  private static List<String> taskNames(JobGraph job) {
    return StreamSupport.stream(
            job.getVerticesSortedTopologicallyFromSources().spliterator(), false)
        .map(JobVertex::getName)
        .toList();
  }
}
