package io.pulse.flink;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Passes items on; in the first attempt, once a checkpoint has completed and it has passed {@code
 * after} items, fails the task. Slows down until the first checkpoint so that one completes. What
 * happened is kept in static fields (the tasks run in the test's JVM); {@link #reset} them before a
 * job.
 */
final class FailOnceAfterACheckpoint extends RichMapFunction<RawInteraction, RawInteraction>
    implements CheckpointListener {

  /** Whether the failure was injected. */
  static final AtomicBoolean FAILED = new AtomicBoolean();

  /** Checkpoints completed before the failure. */
  static final AtomicInteger CHECKPOINTS_BEFORE_FAILURE = new AtomicInteger();

  private final int after;
  private transient int seen;
  private transient boolean checkpointed;

  FailOnceAfterACheckpoint(int after) {
    this.after = after;
  }

  static void reset() {
    FAILED.set(false);
    CHECKPOINTS_BEFORE_FAILURE.set(0);
  }

  @Override
  public void open(OpenContext context) {
    seen = 0;
  }

  @Override
  public RawInteraction map(RawInteraction item) throws Exception {
    seen++;
    if (!checkpointed) {
      Thread.sleep(1);
    }
    if (checkpointed
        && seen >= after
        && getRuntimeContext().getTaskInfo().getAttemptNumber() == 0
        && FAILED.compareAndSet(false, true)) {
      throw new IllegalStateException("injected failure after " + seen + " items");
    }
    return item;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    checkpointed = true;
    if (!FAILED.get()) {
      CHECKPOINTS_BEFORE_FAILURE.incrementAndGet();
    }
  }
}
