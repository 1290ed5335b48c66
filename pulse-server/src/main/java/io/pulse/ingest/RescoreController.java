package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin endpoint of the re-score job: scores fallback-flagged interactions with the model now. */
@RestController
@RequestMapping("/api/v1/interactions")
@Tag(name = "Ingest", description = "Send interactions; they are redacted, scored and stored")
public class RescoreController {

  private final FallbackRescorer rescorer;

  RescoreController(FallbackRescorer rescorer) {
    this.rescorer = rescorer;
  }

  @Operation(
      summary = "Re-score interactions the lexicon fallback scored (admin)",
      description =
          "Adds a score row from the model and makes it current; returns how many were re-scored"
              + " and how many fallback scores are left (all of them while the model is missing).")
  @PostMapping("/rescore-fallback")
  FallbackRescorer.Report rescore(@RequestParam(defaultValue = "10000") int limit) {
    if (limit < 1 || limit > 1_000_000) {
      throw ApiProblem.invalidField("limit", limit, "limit must be 1 to 1000000; found " + limit);
    }
    return rescorer.rescore(limit);
  }
}
