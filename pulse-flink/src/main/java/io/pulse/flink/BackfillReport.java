package io.pulse.flink;

import java.time.Duration;
import java.util.List;

/**
 * What a backfill did.
 *
 * @param files interaction files read
 * @param created interactions stored now (scored, or unscored with a reason)
 * @param duplicates items whose external id was already stored
 * @param rejected items that broke an ingest rule
 * @param rejectedLines the first of them as "file line N: rule" (at most 100 per task)
 * @param elapsed wall time from submission to the end
 */
public record BackfillReport(
    int files,
    long created,
    long duplicates,
    long rejected,
    List<String> rejectedLines,
    Duration elapsed) {

  public BackfillReport {
    rejectedLines = List.copyOf(rejectedLines);
  }

  /** Items read per second (stored, duplicate or rejected). */
  public double itemsPerSecond() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return (created + duplicates + rejected) / seconds;
  }
}
