package io.pulse.ingest;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Entry point of ingest for connectors inside the server (mailboxes, helpdesk and chat webhooks):
 * items in the shape of the REST API go through the same validation, protection and accepting as
 * every request, so there is no second path to storage. Answers at once; scoring follows.
 */
@Service
public class ConnectorIngest {

  private final IngestPipeline pipeline;

  ConnectorIngest(IngestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Accepts these interactions (each a JSON object as {@code POST /api/v1/interactions} takes);
   * already stored external ids are duplicates, invalid items are rejected with their problem.
   */
  public Report accept(List<? extends JsonNode> items) {
    Iterator<? extends JsonNode> next = items.iterator();
    int[] index = {0};
    ItemSource source = () -> next.hasNext() ? RawItem.of(index[0]++, null, next.next()) : null;
    BulkReport report = pipeline.ingest(source, Duration.ZERO);
    return new Report(
        report.received(),
        report.created(),
        report.duplicate(),
        report.rejected(),
        report.items().stream()
            .filter(i -> i.problem() != null)
            .map(i ->
                new Rejection(i.index(), i.externalId(), i.problem().field(), i.problem().detail()))
            .toList());
  }

  /**
   * What happened to a batch of connector items.
   *
   * @param received items given
   * @param created items stored now (queued for scoring)
   * @param duplicate items whose external id was stored before
   * @param rejected items that failed validation
   * @param rejections why, per rejected item (never quoting text or customer)
   */
  public record Report(
      int received, int created, int duplicate, int rejected, List<Rejection> rejections) {}

  /**
   * One rejected item.
   *
   * @param index position in the batch
   * @param externalId its external id, when readable
   * @param field the field at fault
   * @param detail the problem
   */
  public record Rejection(int index, String externalId, String field, String detail) {}
}
