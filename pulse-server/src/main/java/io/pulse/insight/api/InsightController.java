package io.pulse.insight.api;

import io.pulse.aspects.Aspects;
import io.pulse.aspects.KeyPhrase;
import io.pulse.insight.Explanation;
import io.pulse.insight.Message;
import io.pulse.insight.MessageAnalyzer;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.pulse.server.RequestValues;
import io.pulse.server.TextAccess;
import io.pulse.text.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public entry point of the insight API: explanations and aspect analytics (explanations: roles
 * that may read text).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Insight", description = "Explanations, aspects, co-occurrence, discovered phrases")
public class InsightController {

  static final int MAX_ATTRIBUTIONS = 20;

  private final MessageAnalyzer analyzer;
  private final Aspects aspects;
  private final AspectQueries queries;
  private final JdbcClient jdbc;

  private final TextAccess text;

  InsightController(
      MessageAnalyzer analyzer,
      Aspects aspects,
      AspectQueries queries,
      JdbcClient jdbc,
      TextAccess text) {
    this.text = text;
    this.analyzer = analyzer;
    this.aspects = aspects;
    this.queries = queries;
    this.jdbc = jdbc;
  }

  /** Why an interaction got its score. */
  record ExplanationView(long id, Explanation explanation) {}

  @Operation(
      summary = "The words that pushed an interaction's score (computed on demand)",
      description =
          "Attributions from the model (occlusion) or, while the model is missing, from the"
              + " fallback lexicon; empty with unscoredReason for unsupported languages.")
  @GetMapping("/interactions/{id}/explanation")
  @Audited("read-text")
  ExplanationView explanation(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
    if (limit < 1 || limit > MAX_ATTRIBUTIONS) {
      throw ApiProblem.invalidField(
          "limit", limit, "limit must be 1 to " + MAX_ATTRIBUTIONS + "; found " + limit);
    }
    text.require();
    Message message =
        jdbc.sql("SELECT redacted_text, language FROM interactions WHERE id = :id")
            .param("id", id)
            .query((row, n) -> new Message(row.getString(1), row.getString(2)))
            .optional()
            .orElseThrow(() -> ApiProblem.notFound("interaction id", id));
    return new ExplanationView(id, analyzer.explain(message, limit));
  }

  @Operation(summary = "Count, mean sentiment and negative share per aspect and week")
  @GetMapping("/aspects")
  List<AspectWeek> aspects(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return queries.weekly(instant("from", from), instant("to", to));
  }

  @Operation(summary = "Aspects mentioned together, and how their weekly complaints move together")
  @GetMapping("/aspects/co-occurrence")
  List<AspectPair> coOccurrence(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return queries.coOccurrence(instant("from", from), instant("to", to));
  }

  @Operation(
      summary = "Frequent key phrases the aspect taxonomy does not cover yet",
      description = "Phrases of two or three words over the newest 20,000 messages in range.")
  @GetMapping("/aspects/discovered")
  List<KeyPhrase> discovered(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "en") String language,
      @RequestParam(defaultValue = "5") int minMessages,
      @RequestParam(defaultValue = "20") int limit) {
    Language parsed;
    try {
      parsed = Language.parse(language);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("language", language, e.getMessage());
    }
    if (minMessages < 2) {
      throw ApiProblem.invalidField(
          "minMessages", minMessages, "minMessages must be 2 or more; found " + minMessages);
    }
    if (limit < 1 || limit > 200) {
      throw ApiProblem.invalidField("limit", limit, "limit must be 1 to 200; found " + limit);
    }
    String code = parsed == Language.ENGLISH ? "en" : "no";
    return aspects.discover(
        queries.texts(code, instant("from", from), instant("to", to)), parsed, minMessages, limit);
  }

  private static Instant instant(String name, String value) {
    return RequestValues.instant(name, value);
  }
}
