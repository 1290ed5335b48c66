package io.pulse.flink;

import java.io.Serializable;
import java.util.List;
import org.apache.flink.streaming.api.operators.StreamingRuntimeContext;

/**
 * One step of the pipeline applied to micro-batches by a {@link MicroBatchOperator}: opened once
 * per parallel task (where it loads its model or opens its connection), applied to batches in
 * order, closed when the task ends.
 *
 * @param <I> what the step takes
 * @param <O> what it emits
 */
interface BatchStep<I, O> extends Serializable {

  /** Loads what the step needs; called once per task before the first batch. */
  void open(StreamingRuntimeContext context) throws Exception;

  /** Applies the step to a batch; the results are emitted in order. */
  List<O> apply(List<I> batch) throws Exception;

  /** Releases what {@link #open} loaded. */
  void close() throws Exception;
}
