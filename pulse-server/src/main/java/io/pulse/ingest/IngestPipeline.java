package io.pulse.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.scores.Scores;
import io.pulse.server.ApiProblem;
import io.pulse.store.Accepted;
import io.pulse.store.ProtectedInteraction;
import io.pulse.store.ScoringResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Validate, protect (redact and pseudonymise), then hand to {@link Scores}, which stores the
 * interaction as pending and queues it for scoring in one transaction: the request is answered
 * without waiting for the models. Streams are accepted in batches of {@code
 * pulse.ingest.batch-size}, so a request never holds more than one batch of texts. A caller may
 * wait for the scores ({@code wait}); they are read back from the store, whichever instance scored.
 */
@Service
class IngestPipeline {

  /** Counter tag of interactions stored and queued. */
  private static final String ACCEPTED = "accepted";

  private final InteractionReader reader;
  private final Protector protector;
  private final Scores scores;
  private final int batchSize;
  private final MeterRegistry meters;
  private final Timer singleLatency;
  private final Timer batchLatency;

  IngestPipeline(
      InteractionReader reader,
      Protector protector,
      Scores scores,
      IngestProperties properties,
      MeterRegistry meters) {
    this.reader = reader;
    this.protector = protector;
    this.scores = scores;
    this.batchSize = properties.batchSize();
    this.meters = meters;
    this.singleLatency =
        Timer.builder("pulse.ingest.latency")
            .tag("mode", "single")
            .description("accepting one interaction, validation to commit")
            .register(meters);
    this.batchLatency =
        Timer.builder("pulse.ingest.latency")
            .tag("mode", "batch")
            .description("accepting one batch of a bulk request, protection to commit")
            .register(meters);
  }

  /**
   * Accepts one interaction; with a positive {@code wait}, waits that long for its score.
   *
   * @throws ApiProblem for invalid input, or 409 when the external id is already stored
   */
  ItemResult ingestOne(JsonNode node, Duration wait) {
    Timer.Sample sample = Timer.start(meters);
    RawItem item = RawItem.of(0, null, node);
    NewInteraction in = reader.read(node);
    ProtectedInteraction protectedInteraction = protector.protect(in);
    String externalId = protectedInteraction.externalId();
    Accepted accepted = scores.accept(List.of(protectedInteraction)).get(externalId);
    sample.stop(singleLatency);
    if (accepted == null) {
      throw notStorable();
    }
    if (accepted.outcome() == Accepted.Outcome.DUPLICATE) {
      count(ItemResult.DUPLICATE);
      throw ApiProblem.duplicate(externalId);
    }
    count(ACCEPTED);
    ItemResult result = ItemResult.accepted(item, externalId, accepted.id());
    return withScores(List.of(result), wait).getFirst();
  }

  /**
   * Accepts every item of a stream; with a positive {@code wait}, waits that long for the scores of
   * the accepted ones. When the body turns out unreadable before its first item, the request fails
   * as a whole (nothing is stored). When it turns out unreadable later (truncated JSON, an
   * unterminated CSV quote), the items read before are stored as usual and the report ends with a
   * rejected entry that says where reading stopped ({@code readingStopped}); resending the whole
   * body is safe because stored external ids are reported as duplicates. Never both a failure
   * status and stored items.
   */
  BulkReport ingest(ItemSource source, Duration wait) {
    List<ItemResult> results = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Pending> batch = new ArrayList<>(batchSize);
    try {
      for (RawItem item = source.next(); item != null; item = source.next()) {
        results.add(validate(item, seen, batch));
        if (batch.size() >= batchSize) {
          flush(batch, results);
        }
      }
      flush(batch, results);
    } catch (ApiProblem fatal) {
      if (results.isEmpty()) {
        throw fatal;
      }
      flush(batch, results);
      ApiProblem stopped = fatal.with("readingStopped", true);
      results.add(
          ItemResult.rejected(RawItem.failed(results.size(), null, stopped), null, stopped));
      count(ItemResult.REJECTED);
    }
    return BulkReport.of(withScores(results, wait));
  }

  /**
   * Reads, validates and protects the first {@code limit} items of a source and stores nothing:
   * what a dry run shows.
   */
  DryRun preview(ItemSource source, int limit) {
    List<DryRun.Row> rows = new ArrayList<>();
    for (RawItem item = source.next(); item != null; item = source.next()) {
      if (item.problem() != null) {
        rows.add(
            new DryRun.Row(
                item.line(),
                ItemResult.REJECTED,
                null,
                ItemResult.Problem.of(item.problem(), item.columns())));
      } else {
        try {
          DryRun.Read read = DryRun.Read.of(protector.protect(reader.read(item.node())));
          rows.add(new DryRun.Row(item.line(), "ok", read, null));
        } catch (ApiProblem problem) {
          rows.add(
              new DryRun.Row(
                  item.line(),
                  ItemResult.REJECTED,
                  null,
                  ItemResult.Problem.of(problem, item.columns())));
        }
      }
      if (rows.size() >= limit) {
        break;
      }
    }
    return new DryRun(false, rows);
  }

  /** Validates and protects one item; returns its result, or null while it waits in the batch. */
  private ItemResult validate(RawItem item, Set<String> seen, List<Pending> batch) {
    if (item.problem() != null) {
      count(ItemResult.REJECTED);
      return ItemResult.rejected(item, null, item.problem());
    }
    NewInteraction in;
    try {
      in = reader.read(item.node());
    } catch (ApiProblem problem) {
      count(ItemResult.REJECTED);
      return ItemResult.rejected(item, protector.identifier(externalIdOf(item.node())), problem);
    }
    if (!seen.add(in.externalId())) {
      count(ItemResult.DUPLICATE);
      return ItemResult.duplicate(item, protector.identifier(in.externalId()));
    }
    try {
      batch.add(new Pending(item, protector.protect(in)));
    } catch (ApiProblem problem) {
      count(ItemResult.REJECTED);
      return ItemResult.rejected(item, protector.identifier(in.externalId()), problem);
    }
    return null;
  }

  private void flush(List<Pending> batch, List<ItemResult> results) {
    if (batch.isEmpty()) {
      return;
    }
    Timer.Sample sample = Timer.start(meters);
    Map<String, Accepted> accepted =
        scores.accept(batch.stream().map(Pending::interaction).toList());
    for (Pending pending : batch) {
      String externalId = pending.interaction().externalId();
      Accepted outcome = accepted.get(externalId);
      ItemResult result;
      if (outcome == null) {
        result = ItemResult.rejected(pending.item(), externalId, notStorable());
      } else if (outcome.outcome() == Accepted.Outcome.DUPLICATE) {
        result = ItemResult.duplicate(pending.item(), externalId);
      } else {
        result = ItemResult.accepted(pending.item(), externalId, outcome.id());
      }
      count(result.id() == null ? result.status() : ACCEPTED);
      results.set(pending.item().index(), result);
    }
    sample.stop(batchLatency);
    batch.clear();
  }

  /** The results with the scores that are ready within {@code wait} (none for zero). */
  private List<ItemResult> withScores(List<ItemResult> results, Duration wait) {
    if (wait.isZero()) {
      return results;
    }
    List<Long> ids = results.stream().filter(r -> r.id() != null).map(ItemResult::id).toList();
    Map<Long, ScoringResult> scored = scores.await(ids, wait);
    return results.stream()
        .map(r -> r.id() == null || !scored.containsKey(r.id()) ? r : r.with(scored.get(r.id())))
        .toList();
  }

  private void count(String status) {
    Counter.builder("pulse.ingested")
        .tag("status", status)
        .description("interactions received, by outcome")
        .register(meters)
        .increment();
  }

  private static ApiProblem notStorable() {
    return ApiProblem.invalidRequest("the interaction could not be stored (constraint violation)");
  }

  private static String externalIdOf(JsonNode node) {
    if (node != null && node.isObject()) {
      JsonNode id = node.get("externalId");
      if (id != null && id.isString() && id.stringValue().length() <= 200) {
        return id.stringValue();
      }
    }
    return null;
  }

  private record Pending(RawItem item, ProtectedInteraction interaction) {}
}
