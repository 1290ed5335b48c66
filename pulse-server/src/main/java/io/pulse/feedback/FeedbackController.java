package io.pulse.feedback;

import io.pulse.api.CorrectionView;
import io.pulse.api.LabelRequest;
import io.pulse.api.ReviewQueue;
import io.pulse.api.ReviewResult;
import io.pulse.core.SentimentLabel;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.pulse.server.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public entry point of the learning loop over HTTP: corrections, the spot-check review queue and
 * the live agreement of model and reviewers. Models and retraining: {@link
 * ModelRegistryController}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Corrections, spot checks and model-reviewer agreement")
public class FeedbackController {

  static final int MAX_QUEUE = 500;
  static final int MAX_NOTE = 1000;

  private final CorrectionStore corrections;
  private final ReviewStore reviews;
  private final Clock clock = Clock.systemUTC();

  private final io.pulse.privacy.PrivacyGuard guard;

  FeedbackController(
      CorrectionStore corrections, ReviewStore reviews, io.pulse.privacy.PrivacyGuard guard) {
    this.corrections = corrections;
    this.reviews = reviews;
    this.guard = guard;
  }

  @Operation(
      summary = "Set the right label of an interaction",
      description =
          "The label becomes the gold label for analytics (aggregates, sentiment x RFM, alert"
              + " history) and for retraining; who and when are kept. Role agent, reviewer or admin.")
  @PostMapping("/interactions/{id}/correction")
  @Audited("correct")
  CorrectionView correct(@PathVariable long id, @RequestBody LabelRequest body, Principal user) {
    if (body == null) {
      throw ApiProblem.invalidRequest("a JSON body with label is required");
    }
    SentimentLabel label = label(body.label());
    RequestValues.checkText("note", body.note());
    String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
    if (note != null && note.length() > MAX_NOTE) {
      throw ApiProblem.invalidField(
              "note", null, "note must be at most " + MAX_NOTE + " characters")
          .with("length", note.length());
    }
    // a note is free text too: personal data in it is redacted like message text
    String stored = note == null ? null : guard.redact(note).text();
    return corrections.correct(id, label, user.getName(), stored, "api", now());
  }

  @Operation(summary = "Corrections of an interaction, oldest first")
  @GetMapping("/interactions/{id}/corrections")
  List<CorrectionView> corrections(@PathVariable long id) {
    return corrections.history(id);
  }

  @Operation(
      summary = "Spot checks waiting for review, oldest first",
      description =
          "A sample of scored interactions, stratified by label, favouring low confidence.")
  @GetMapping("/review/queue")
  @Audited("read-text")
  ReviewQueue queue(@RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > MAX_QUEUE) {
      throw ApiProblem.invalidField(
          "limit", limit, "limit must be 1 to " + MAX_QUEUE + "; found " + limit);
    }
    return new ReviewQueue(reviews.pendingCount(), reviews.pending(limit));
  }

  @Operation(
      summary = "Answer a spot check",
      description =
          "The same label as the model confirms it; another label corrects the interaction (as"
              + " POST /interactions/{id}/correction). Role agent, reviewer or admin.")
  @PostMapping("/review/{interactionId}")
  @Audited("review")
  ReviewResult review(
      @PathVariable long interactionId, @RequestBody LabelRequest body, Principal user) {
    if (body == null) {
      throw ApiProblem.invalidRequest("a JSON body with label is required");
    }
    SentimentLabel label = label(body.label());
    ReviewStore.Entry entry =
        reviews
            .find(interactionId)
            .orElseThrow(() -> ApiProblem.notFound("review item", interactionId));
    if (!"pending".equals(entry.status())) {
      throw ApiProblem.conflict("interaction " + interactionId + " was already reviewed")
          .with("status", entry.status());
    }
    OffsetDateTime now = now();
    String status;
    if (label.wireName().equals(entry.modelLabel())) {
      if (!reviews.confirm(interactionId, user.getName(), now)) {
        throw ApiProblem.conflict("interaction " + interactionId + " was already reviewed");
      }
      status = "confirmed";
    } else {
      corrections.correct(interactionId, label, user.getName(), null, "review", now);
      status = "corrected";
    }
    return new ReviewResult(
        interactionId, status, entry.modelLabel(), label.wireName(), user.getName(), now);
  }

  @Operation(
      summary = "Agreement of the model with reviewers",
      description =
          "Over answered spot checks sampled in [from, to) (default: the last 90 days): accuracy"
              + " and macro-F1 weighted by inverse sampling probability, confusion matrix (rows ="
              + " reviewer, columns = model), and the same per ISO week.")
  @GetMapping("/feedback/agreement")
  Agreement agreement(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Instant end = RequestValues.instant("to", to);
    Instant start = RequestValues.instant("from", from);
    if (end == null) {
      end = Instant.now(clock).plusSeconds(1);
    }
    if (start == null) {
      start = end.minusSeconds(90L * 24 * 3600);
    }
    if (!start.isBefore(end)) {
      throw ApiProblem.invalidField("from", from, "from must be before to");
    }
    return Agreement.of(
        reviews.reviewed(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC)));
  }

  static SentimentLabel label(String value) {
    try {
      return SentimentLabel.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          "label", value, "label must be negative|neutral|positive; found '" + value + "'");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
