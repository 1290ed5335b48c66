package io.pulse.flink;

/** Names of the accumulators a job reports when it ends. */
final class JobCounters {

  /** Items stored now. */
  static final String CREATED = "pulse-created";

  /** Items whose external id was stored before (by the server, an earlier run or a replay). */
  static final String DUPLICATE = "pulse-duplicate";

  /** Items that broke an ingest rule. */
  static final String REJECTED = "pulse-rejected";

  /** Items analysed (scored, or unscored with a reason). */
  static final String ANALYZED = "pulse-analyzed";

  private JobCounters() {}
}
