package io.pulse.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pulse.core.SentimentScore;
import io.pulse.server.ApiProblem;
import java.util.Map;

/**
 * What happened to one interaction of a request.
 *
 * @param index position in the request, from 0
 * @param line line in the body where the item starts (NDJSON, CSV)
 * @param externalId the item's external id, when it could be read
 * @param status {@code created}, {@code duplicate} or {@code rejected}
 * @param id stored id (created only)
 * @param score the stored score (created only)
 * @param problem why the item was rejected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemResult(
    int index,
    Integer line,
    String externalId,
    String status,
    Long id,
    Score score,
    Problem problem) {

  static final String CREATED = "created";
  static final String DUPLICATE = "duplicate";
  static final String REJECTED = "rejected";

  static ItemResult created(RawItem item, String externalId, long id, SentimentScore score) {
    return new ItemResult(
        item.index(), item.line(), externalId, CREATED, id, Score.of(score), null);
  }

  static ItemResult duplicate(RawItem item, String externalId) {
    return new ItemResult(item.index(), item.line(), externalId, DUPLICATE, null, null, null);
  }

  static ItemResult rejected(RawItem item, String externalId, ApiProblem problem) {
    return new ItemResult(
        item.index(),
        item.line(),
        externalId,
        REJECTED,
        null,
        null,
        Problem.of(problem, item.columns()));
  }

  /** A stored sentiment score. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Score(
      String label,
      double score,
      double negative,
      double neutral,
      double positive,
      double confidence,
      String modelVersion) {
    static Score of(SentimentScore s) {
      return new Score(
          s.label().wireName(),
          s.score(),
          s.negative(),
          s.neutral(),
          s.positive(),
          s.confidence(),
          s.modelVersion());
    }
  }

  /** Why an item was rejected; {@code column} is the CSV column of the field. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Problem(
      String title,
      String detail,
      String field,
      Object value,
      String column,
      Map<String, Object> more) {
    static Problem of(ApiProblem problem, Map<String, String> columns) {
      String column = problem.field() == null ? null : columns.get(problem.field());
      String detail =
          column == null
              ? problem.getMessage()
              : "column '" + column + "': " + problem.getMessage();
      Map<String, Object> more = problem.properties();
      return new Problem(
          problem.title(),
          detail,
          problem.field(),
          problem.value(),
          column,
          more.isEmpty() ? null : more);
    }
  }
}
