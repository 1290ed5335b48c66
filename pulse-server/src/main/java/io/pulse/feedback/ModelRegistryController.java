package io.pulse.feedback;

import io.pulse.api.ModelVersionView;
import io.pulse.api.Models;
import io.pulse.api.RescoreReport;
import io.pulse.scores.Scores;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.pulse.server.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The model registry over HTTP: versions, retraining, activation, rollback, re-scoring. */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Models", description = "Model registry, retraining with a no-regression gate")
class ModelRegistryController {

  /** Body of a re-scoring. */
  record RescoreRequest(String from, String to) {}

  private final ModelRegistry registry;
  private final ModelStore store;
  private final RetrainJobs jobs;
  private final Scores scores;
  private final JsonMapper json;

  ModelRegistryController(
      ModelRegistry registry, ModelStore store, RetrainJobs jobs, Scores scores, JsonMapper json) {
    this.registry = registry;
    this.store = store;
    this.jobs = jobs;
    this.scores = scores;
    this.json = json;
  }

  @Operation(summary = "Registered model versions, newest first, and the one serving now")
  @GetMapping
  Models list() {
    return new Models(registry.scorer().version(), store.all().stream().map(this::view).toList());
  }

  @Operation(summary = "One model version")
  @GetMapping("/{version}")
  ModelVersionView one(@PathVariable String version) {
    return view(
        store.find(version).orElseThrow(() -> ApiProblem.notFound("model version", version)));
  }

  @Operation(
      summary = "Retrain on the original data plus corrections (admin)",
      description =
          "Runs in the background: poll GET /api/v1/models/retrain/{id}, cancel with DELETE. The"
              + " candidate is promoted only when it does not regress on the held-out set and"
              + " held-out corrections. Jobs are kept in the database; one still running when the"
              + " server stops is shown as interrupted.")
  @PostMapping("/retrain")
  @Audited("model-retrain")
  @ResponseStatus(HttpStatus.ACCEPTED)
  RetrainJob retrain(Principal user) {
    return jobs.start(user.getName());
  }

  @Operation(summary = "Recent retrainings, newest first")
  @GetMapping("/retrain")
  List<RetrainJob> retrainings() {
    return jobs.recent();
  }

  @Operation(summary = "State and figures of a retraining")
  @GetMapping("/retrain/{id}")
  RetrainJob retraining(@PathVariable String id) {
    return jobs.find(id).orElseThrow(() -> ApiProblem.notFound("retraining", id));
  }

  @Operation(
      summary = "Cancel a running retraining (admin)",
      description =
          "The job is kept as cancelled, with who cancelled it; its worker stops at the next"
              + " training batch or phase and registers nothing. 409 once the job has ended or is"
              + " registering its candidate; cancelling a cancelled job returns it unchanged.")
  @DeleteMapping("/retrain/{id}")
  @Audited("model-retrain-cancel")
  RetrainJob cancelRetraining(@PathVariable String id, Principal user) {
    return jobs.cancel(id, user.getName());
  }

  @Operation(summary = "Serve this version from now on, without downtime (admin)")
  @PostMapping("/{version}/activate")
  @Audited("model-activate")
  ModelVersionView activate(@PathVariable String version) {
    return view(registry.activate(version));
  }

  @Operation(summary = "Serve the version that was active before the current one (admin)")
  @PostMapping("/rollback")
  @Audited("model-rollback")
  ModelVersionView rollback() {
    return view(registry.rollback());
  }

  @Operation(
      summary = "Re-score interactions that occurred in [from, to) with the active model (admin)",
      description = "Human corrections stay the current label; older scores stay as history.")
  @PostMapping("/rescore")
  @Audited("model-rescore")
  RescoreReport rescore(@RequestBody RescoreRequest body) {
    if (body == null) {
      throw ApiProblem.invalidRequest("a JSON body with from and to is required");
    }
    Instant from = RequestValues.instant("from", body.from());
    Instant to = RequestValues.instant("to", body.to());
    if (from == null || to == null) {
      throw ApiProblem.invalidField(
          from == null ? "from" : "to", null, "from and to are required (ISO-8601 with offset)");
    }
    if (!from.isBefore(to)) {
      throw ApiProblem.invalidField("from", body.from(), "from must be before to");
    }
    return scores.rescore(from, to);
  }

  private ModelVersionView view(ModelStore.Row row) {
    return new ModelVersionView(
        row.version(),
        row.status(),
        row.location(),
        row.createdAt(),
        row.activatedAt(),
        parse(row.manifest()),
        parse(row.gate()));
  }

  private JsonNode parse(String text) {
    return text == null ? null : json.readTree(text);
  }
}
