package io.pulse.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.insight.Analysis;
import io.pulse.insight.Message;
import io.pulse.insight.MessageAnalyzer;
import io.pulse.server.ApiProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Validate, protect (redact and pseudonymise), score and store. Single interactions are scored
 * synchronously; streams are processed in batches of {@code pulse.ingest.batch-size}, scored with
 * one {@code MessageAnalyzer.analyzeAll} call per batch (language, score or lexicon fallback,
 * mixed, aspects, emotions), so a request never holds more than one batch of texts.
 */
@Service
class IngestPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

  private final InteractionReader reader;
  private final Protector protector;
  private final MessageAnalyzer analyzer;
  private final InteractionWriter writer;
  private final int batchSize;
  private final MeterRegistry meters;
  private final Timer scoringLatency;
  private final Timer singleLatency;
  private final Timer batchLatency;
  private final ObjectProvider<StoredInteractionListener> listeners;

  IngestPipeline(
      InteractionReader reader,
      Protector protector,
      MessageAnalyzer analyzer,
      InteractionWriter writer,
      IngestProperties properties,
      MeterRegistry meters,
      ObjectProvider<StoredInteractionListener> listeners) {
    this.reader = reader;
    this.listeners = listeners;
    this.protector = protector;
    this.analyzer = analyzer;
    this.writer = writer;
    this.batchSize = Math.max(1, properties.batchSize());
    this.meters = meters;
    this.scoringLatency =
        Timer.builder("pulse.scoring.latency").description("one scorer call").register(meters);
    this.singleLatency =
        Timer.builder("pulse.ingest.latency")
            .tag("mode", "single")
            .description("ingest of one interaction, validation to commit")
            .register(meters);
    this.batchLatency =
        Timer.builder("pulse.ingest.latency")
            .tag("mode", "batch")
            .description("ingest of one batch of a bulk request, protection to commit")
            .register(meters);
  }

  /**
   * Ingests one interaction.
   *
   * @throws ApiProblem for invalid input, or 409 when the external id is already stored
   */
  ItemResult ingestOne(JsonNode node) {
    Timer.Sample sample = Timer.start(meters);
    RawItem item = RawItem.of(0, null, node);
    NewInteraction in = reader.read(node);
    if (writer.exists(in.externalId())) {
      count(ItemResult.DUPLICATE, 1);
      throw ApiProblem.duplicate(in.externalId());
    }
    ProtectedInteraction protectedInteraction = protector.protect(in);
    Analysis analysis = analyze(List.of(protectedInteraction)).getFirst();
    InteractionWriter.Stored stored =
        writer
            .store(List.of(new ScoredInteraction(protectedInteraction, analysis)))
            .get(in.externalId());
    sample.stop(singleLatency);
    if (stored.outcome() == InteractionWriter.Outcome.DUPLICATE) {
      count(ItemResult.DUPLICATE, 1);
      throw ApiProblem.duplicate(in.externalId());
    }
    if (stored.outcome() != InteractionWriter.Outcome.CREATED) {
      throw notStorable();
    }
    count(ItemResult.CREATED, 1);
    notifyStored(stored(new ScoredInteraction(protectedInteraction, analysis), stored.id()));
    return ItemResult.created(item, in.externalId(), stored.id(), analysis);
  }

  /**
   * Ingests every item of a stream. Items already processed when the body turns out unreadable are
   * kept (each is stored whole) and listed in the problem's {@code items}; resending the whole body
   * is safe because stored external ids are reported as duplicates.
   */
  BulkReport ingest(ItemSource source) {
    List<ItemResult> results = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Pending> batch = new ArrayList<>(batchSize);
    try {
      for (RawItem item = source.next(); item != null; item = source.next()) {
        ItemResult early = accept(item, seen, batch);
        results.add(early);
        if (batch.size() >= batchSize) {
          flush(batch, results);
        }
      }
      flush(batch, results);
    } catch (ApiProblem fatal) {
      flush(batch, results);
      throw fatal.with("items", BulkReport.of(results));
    }
    return BulkReport.of(results);
  }

  /** Validates and protects one item; returns its result, or null while it waits in the batch. */
  private ItemResult accept(RawItem item, Set<String> seen, List<Pending> batch) {
    if (item.problem() != null) {
      count(ItemResult.REJECTED, 1);
      return ItemResult.rejected(item, null, item.problem());
    }
    NewInteraction in;
    try {
      in = reader.read(item.node());
    } catch (ApiProblem problem) {
      count(ItemResult.REJECTED, 1);
      return ItemResult.rejected(item, externalIdOf(item.node()), problem);
    }
    if (!seen.add(in.externalId())) {
      count(ItemResult.DUPLICATE, 1);
      return ItemResult.duplicate(item, in.externalId());
    }
    try {
      batch.add(new Pending(item, protector.protect(in)));
    } catch (ApiProblem problem) {
      count(ItemResult.REJECTED, 1);
      return ItemResult.rejected(item, in.externalId(), problem);
    }
    return null;
  }

  private void flush(List<Pending> batch, List<ItemResult> results) {
    if (batch.isEmpty()) {
      return;
    }
    Timer.Sample sample = Timer.start(meters);
    List<Analysis> analyses = analyze(batch.stream().map(Pending::interaction).toList());
    List<ScoredInteraction> scored = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      scored.add(new ScoredInteraction(batch.get(i).interaction(), analyses.get(i)));
    }
    Map<String, InteractionWriter.Stored> stored = writer.store(scored);
    List<StoredInteraction> created = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Pending pending = batch.get(i);
      String externalId = pending.interaction().externalId();
      InteractionWriter.Stored outcome = stored.get(externalId);
      ItemResult result =
          switch (outcome.outcome()) {
            case CREATED ->
                ItemResult.created(pending.item(), externalId, outcome.id(), analyses.get(i));
            case DUPLICATE -> ItemResult.duplicate(pending.item(), externalId);
            case FAILED -> ItemResult.rejected(pending.item(), externalId, notStorable());
          };
      count(result.status(), 1);
      results.set(pending.item().index(), result);
      if (outcome.outcome() == InteractionWriter.Outcome.CREATED) {
        created.addAll(stored(scored.get(i), outcome.id()));
      }
    }
    sample.stop(batchLatency);
    batch.clear();
    notifyStored(created);
  }

  /**
   * Tells the listeners (e.g. alerts) about committed, scored interactions (unscored ones carry no
   * score to act on); their failures stay theirs.
   */
  private void notifyStored(List<StoredInteraction> created) {
    if (created.isEmpty()) {
      return;
    }
    listeners
        .orderedStream()
        .forEach(listener -> {
          try {
            listener.stored(created);
          } catch (RuntimeException e) {
            LOG.error("stored-interaction listener failed: {}", e.getClass().getName());
          }
        });
  }

  private static List<StoredInteraction> stored(ScoredInteraction item, long id) {
    if (item.score() == null) {
      return List.of();
    }
    ProtectedInteraction in = item.interaction();
    return List.of(
        new StoredInteraction(
            id,
            in.channel(),
            in.occurredAt(),
            in.customerPseudonym(),
            in.product(),
            in.tags(),
            item.score()));
  }

  /** Language, score (model or flagged fallback), mixed, aspects, emotions: one batched pass. */
  private List<Analysis> analyze(List<ProtectedInteraction> interactions) {
    Timer.Sample sample = Timer.start(meters);
    List<Analysis> analyses;
    try {
      analyses =
          analyzer.analyzeAll(
              interactions.stream()
                  .map(in -> new Message(in.redactedText(), in.language()))
                  .toList());
    } catch (RuntimeException e) {
      // Scorer messages may quote the text: log the type only.
      LOG.error("scoring failed: {}", e.getClass().getName());
      throw e;
    }
    sample.stop(scoringLatency);
    for (Analysis analysis : analyses) {
      if (analysis.score() != null) {
        meters.counter("pulse.scored", "label", analysis.score().label().wireName()).increment();
      } else {
        meters.counter("pulse.unscored", "reason", analysis.unscoredReason()).increment();
      }
      if (analysis.fallback()) {
        meters.counter("pulse.scored.fallback").increment();
      }
    }
    return analyses;
  }

  private void count(String status, int n) {
    Counter.builder("pulse.ingested")
        .tag("status", status)
        .description("interactions received, by outcome")
        .register(meters)
        .increment(n);
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
