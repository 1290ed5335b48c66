package io.pulse.flink;

import io.pulse.ingest.InteractionFiles;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.store.ProtectedInteraction;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The {@code protect} operator: the server's privacy guard (redaction and keyed HMAC pseudonym,
 * {@link InteractionFiles#protect}) applied to every valid item; invalid items go to the {@link
 * #REJECTED} side output with their origin, line and rule. The key is read where the task runs
 * ({@link PrivacyKey}), so it is never part of the job graph.
 */
final class Protect extends ProcessFunction<RawInteraction, ProtectedInteraction> {

  private static final long serialVersionUID = 1L;

  /** Items that were not stored. */
  static final OutputTag<Rejected> REJECTED = new OutputTag<>("rejected") {};

  private final PrivacyKey key;
  private transient PrivacyGuard guard;
  private transient LongCounter rejected;

  Protect(PrivacyKey key) {
    this.key = key;
  }

  @Override
  public void open(OpenContext context) {
    guard = key.guard();
    rejected = getRuntimeContext().getLongCounter(JobCounters.REJECTED);
  }

  @Override
  public void processElement(
      RawInteraction item, Context context, Collector<ProtectedInteraction> out) {
    if (item.problem() != null) {
      reject(context, new Rejected(item.origin(), item.line(), item.problem()));
      return;
    }
    try {
      out.collect(InteractionFiles.protect(guard, item.interaction()));
    } catch (InteractionFiles.InvalidFile e) {
      reject(context, new Rejected(item.origin(), item.line(), e.getMessage()));
    }
  }

  private void reject(Context context, Rejected why) {
    rejected.add(1);
    context.output(REJECTED, why);
  }
}
