package io.pulse.scores;

import io.pulse.api.FallbackReport;
import io.pulse.api.ScoringBacklog;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HTTP side of scoring: the backlog, and the re-score job of fallback-scored interactions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Scoring", description = "Scoring behind the request path and re-scoring")
public class RescoreController {

  private final Scores scores;
  private final ScoringMetrics metrics;

  RescoreController(Scores scores, ScoringMetrics metrics) {
    this.scores = scores;
    this.metrics = metrics;
  }

  @Operation(summary = "How many interactions wait for scoring, and how long the oldest waits")
  @GetMapping("/scoring/backlog")
  ScoringBacklog backlog() {
    var backlog = scores.backlog();
    return new ScoringBacklog(backlog.depth(), metrics.oldestAge().toMillis() / 1000.0);
  }

  @Operation(
      summary = "Re-score interactions the lexicon fallback scored (admin)",
      description =
          "Adds a score row from the model and makes it current; returns how many were re-scored"
              + " and how many fallback scores are left (all of them while the model is missing).")
  @PostMapping("/interactions/rescore-fallback")
  @Audited("model-rescore")
  FallbackReport rescore(@RequestParam(defaultValue = "10000") int limit) {
    if (limit < 1 || limit > 1_000_000) {
      throw ApiProblem.invalidField("limit", limit, "limit must be 1 to 1000000; found " + limit);
    }
    return scores.rescoreFallback(limit);
  }
}
