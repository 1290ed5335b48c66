package io.pulse.audit;

import io.pulse.server.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over HTTP, for the data protection officer. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who read, exported, corrected or erased what (role dpo)")
public class AuditController {

  static final int MAX_SIZE = 1000;

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @Operation(
      summary = "Audit rows, newest first",
      description =
          "Filters: from/to (ISO instants), actor, action, subject (customer pseudonym). Rows hold"
              + " pseudonyms and ids, never message text.")
  @GetMapping
  List<Map<String, Object>> audit(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subject,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    RequestValues.checkPage(page, size, MAX_SIZE);
    return trail.find(
        RequestValues.instant("from", from),
        RequestValues.instant("to", to),
        actor,
        action,
        subject,
        page,
        size);
  }
}
