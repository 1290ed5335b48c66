package io.pulse.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Applies a {@link BatchStep} to micro-batches: a batch is applied when it is full, when its first
 * item has waited {@code maxWaitMillis} (so a quiet stream is not held back), before every
 * checkpoint barrier, before every watermark and at the end of the input. Nothing is buffered
 * across a checkpoint, so the operator has no state of its own: what a checkpoint covers has been
 * applied (and, for a store, committed) before the barrier passes.
 */
final class MicroBatchOperator<I, O> extends AbstractStreamOperator<O>
    implements OneInputStreamOperator<I, O> {

  private static final long serialVersionUID = 1L;

  private final BatchStep<I, O> step;
  private final int batchSize;
  private final long maxWaitMillis;
  private transient List<I> buffer;
  private transient boolean timerSet;

  MicroBatchOperator(BatchStep<I, O> step, int batchSize, long maxWaitMillis) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be 1 or more; found " + batchSize);
    }
    this.step = step;
    this.batchSize = batchSize;
    this.maxWaitMillis = maxWaitMillis;
  }

  @Override
  public void open() throws Exception {
    super.open();
    buffer = new ArrayList<>(batchSize);
    step.open(getRuntimeContext());
  }

  @Override
  public void processElement(StreamRecord<I> element) throws Exception {
    buffer.add(element.getValue());
    if (buffer.size() >= batchSize) {
      flush();
    } else if (!timerSet && maxWaitMillis > 0) {
      timerSet = true;
      long due = getProcessingTimeService().getCurrentProcessingTime() + maxWaitMillis;
      getProcessingTimeService().registerTimer(due, time -> flushOnTimer());
    }
  }

  /** Items buffered before a watermark are emitted before it, so none of them turns late. */
  @Override
  public void processWatermark(Watermark mark) throws Exception {
    flush();
    super.processWatermark(mark);
  }

  @Override
  public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
    flush();
  }

  @Override
  public void finish() throws Exception {
    flush();
    super.finish();
  }

  @Override
  public void close() throws Exception {
    try {
      step.close();
    } finally {
      super.close();
    }
  }

  private void flushOnTimer() throws Exception {
    timerSet = false;
    flush();
  }

  private void flush() throws Exception {
    if (buffer.isEmpty()) {
      return;
    }
    List<I> batch = buffer;
    buffer = new ArrayList<>(batchSize);
    for (O result : step.apply(batch)) {
      output.collect(new StreamRecord<>(result));
    }
  }
}
