package io.pulse.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.util.OptionalFailure;
import org.junit.jupiter.api.Test;

/**
 * Waiting for a backfill through the client {@code flink run} gives the job: a standalone cluster's
 * client (REST) answers every {@code getJobExecutionResult()} with a new request, not done when
 * returned, unlike a MiniCluster's client.
 */
class BackfillJobAwaitTest {

  @Test
  void returnsTheResultOfAJobOnAClusterWhoseClientAnswersEveryCallWithANewRequest() {
    RestLikeJobClient job = new RestLikeJobClient(2, null);
    List<Long> progress = new CopyOnWriteArrayList<>();

    JobExecutionResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> BackfillJob.await(job, progressInto(progress)));

    assertThat(result.getAllAccumulatorResults()).containsEntry(JobCounters.CREATED, 20L);
    assertThat(job.resultRequests.get()).as("result requests").isEqualTo(1);
    assertThat(progress).isNotEmpty().allMatch(items -> items == 20L);
  }

  @Test
  void throwsWhenTheJobFailed() {
    RestLikeJobClient job = new RestLikeJobClient(0, new IllegalStateException("task failed"));

    assertThatThrownBy(() ->
            assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> BackfillJob.await(job, BackfillJob.Progress.NONE)))
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("task failed");
  }

  private static BackfillJob.Progress progressInto(List<Long> items) {
    return new BackfillJob.Progress() {
      @Override
      public void started(int files, long estimatedItems) {}

      @Override
      public void done(long done) {
        items.add(done);
      }
    };
  }

  /**
   * Like Flink's {@code ClusterClientJobClientAdapter}: each result call is a new request that
   * completes (on another thread, after a round trip) once the job has ended; the job ends after
   * {@code pollsUntilDone} accumulator polls.
   */
  private static final class RestLikeJobClient implements JobClient {

    private final JobID id = new JobID();
    private final AtomicInteger polls = new AtomicInteger();
    private final int pollsUntilDone;
    private final Throwable failure;
    final AtomicInteger resultRequests = new AtomicInteger();

    RestLikeJobClient(int pollsUntilDone, Throwable failure) {
      this.pollsUntilDone = pollsUntilDone;
      this.failure = failure;
    }

    @Override
    public CompletableFuture<JobExecutionResult> getJobExecutionResult() {
      resultRequests.incrementAndGet();
      return CompletableFuture.supplyAsync(() -> {
        while (polls.get() < pollsUntilDone) {
          sleep(20);
        }
        sleep(50); // the round trip: never done when returned
        if (failure != null) {
          throw new IllegalStateException(failure);
        }
        return new JobExecutionResult(
            id, 1000, Map.of(JobCounters.CREATED, OptionalFailure.of((Object) 20L)));
      });
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAccumulators() {
      polls.incrementAndGet();
      return CompletableFuture.completedFuture(Map.of(JobCounters.CREATED, (Object) 20L));
    }

    @Override
    public JobID getJobID() {
      return id;
    }

    @Override
    public CompletableFuture<JobStatus> getJobStatus() {
      return CompletableFuture.completedFuture(JobStatus.RUNNING);
    }

    @Override
    public CompletableFuture<Void> cancel() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<String> stopWithSavepoint(
        boolean advanceToEndOfEventTime, String savepointDirectory, SavepointFormatType type) {
      return CompletableFuture.failedFuture(new UnsupportedOperationException());
    }

    @Override
    public CompletableFuture<String> triggerSavepoint(
        String savepointDirectory, SavepointFormatType type) {
      return CompletableFuture.failedFuture(new UnsupportedOperationException());
    }

    private static void sleep(long millis) {
      try {
        TimeUnit.MILLISECONDS.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
