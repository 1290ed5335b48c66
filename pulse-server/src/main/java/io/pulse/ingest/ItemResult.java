package io.pulse.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pulse.core.SentimentScore;
import io.pulse.server.ApiProblem;
import io.pulse.store.ScoringResult;
import java.util.List;
import java.util.Map;

/**
 * What happened to one interaction of a request.
 *
 * @param index position in the request, from 0
 * @param line line in the body where the item starts (NDJSON, CSV)
 * @param externalId the item's external id, when it could be read
 * @param status {@code pending} (stored and queued for scoring), {@code scored} or {@code unscored}
 *     (stored, and its scoring finished within the request's {@code wait}), {@code duplicate}
 *     (already stored) or {@code rejected}
 * @param id stored id (pending, scored, unscored)
 * @param score the stored score (scored only)
 * @param problem why the item was rejected
 * @param insight language, scoring status, mixed flag, aspects and emotion (scored, unscored)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemResult(
    int index,
    Integer line,
    String externalId,
    String status,
    Long id,
    Score score,
    Problem problem,
    Insight insight) {

  static final String PENDING = "pending";
  static final String DUPLICATE = "duplicate";
  static final String REJECTED = "rejected";

  static ItemResult accepted(RawItem item, String externalId, long id) {
    return new ItemResult(item.index(), item.line(), externalId, PENDING, id, null, null, null);
  }

  /** This stored item with where its scoring stands. */
  ItemResult with(ScoringResult result) {
    if (result.pending()) {
      return this;
    }
    return new ItemResult(
        index,
        line,
        externalId,
        result.status(),
        id,
        result.score() == null ? null : Score.of(result.score()),
        null,
        Insight.of(result));
  }

  /** Whether the item was stored (now, not before). */
  boolean stored() {
    return id != null;
  }

  static ItemResult duplicate(RawItem item, String externalId) {
    return new ItemResult(item.index(), item.line(), externalId, DUPLICATE, null, null, null, null);
  }

  static ItemResult rejected(RawItem item, String externalId, ApiProblem problem) {
    return new ItemResult(
        item.index(),
        item.line(),
        externalId,
        REJECTED,
        null,
        null,
        Problem.of(problem, item.columns()),
        null);
  }

  /**
   * What the analysis found besides the score.
   *
   * @param language language the message was routed by
   * @param status {@code scored} or {@code unscored}
   * @param unscoredReason why not scored ({@code unsupported language})
   * @param scoredBy {@code model}, or {@code fallback} (lexicon; re-scored later)
   * @param mixed true for strong positive and negative clauses in one message
   * @param aspects aspect ids mentioned
   * @param emotion dominant emotion, when an emotion model ran
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Insight(
      String language,
      String status,
      String unscoredReason,
      String scoredBy,
      boolean mixed,
      List<String> aspects,
      String emotion) {
    static Insight of(ScoringResult r) {
      return new Insight(
          r.language(),
          r.status(),
          r.unscoredReason(),
          r.score() == null ? null : r.fallback() ? "fallback" : "model",
          r.mixed(),
          r.aspects(),
          r.emotion());
    }
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
