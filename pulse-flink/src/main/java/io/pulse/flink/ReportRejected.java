package io.pulse.flink;

import java.util.ArrayList;
import org.apache.flink.api.common.accumulators.ListAccumulator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code rejected} operator: logs every rejected item by origin, line and rule (never its
 * content) and keeps the first {@value #KEPT} per task for the job's report.
 */
final class ReportRejected extends ProcessFunction<Rejected, Void> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ReportRejected.class);
  static final String ACCUMULATOR = "pulse-rejected-lines";
  static final int KEPT = 100;

  private transient ListAccumulator<String> kept;
  private transient int count;

  @Override
  public void open(OpenContext context) {
    kept = new ListAccumulator<>();
    getRuntimeContext().addAccumulator(ACCUMULATOR, kept);
  }

  @Override
  public void processElement(Rejected item, Context context, Collector<Void> out) {
    LOG.warn("rejected {}", item.message());
    if (count++ < KEPT) {
      kept.add(item.message());
    }
  }

  /** The kept messages of a finished job's accumulator value. */
  @SuppressWarnings("unchecked")
  static java.util.List<String> messages(Object accumulated) {
    return accumulated == null
        ? java.util.List.of()
        : new ArrayList<>((java.util.List<String>) accumulated);
  }
}
