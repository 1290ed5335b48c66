package io.pulse.audit;

import io.pulse.server.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The audit trail as personal data: an access export lists who accessed the customer's data; an
 * erasure keeps the rows (the trail proves the erasure, and holds a pseudonym only, never text or
 * the reference); retention removes rows older than {@code pulse.retention.audit}.
 */
@Component
class AuditData implements PersonalData {

  private final AuditTrail trail;

  AuditData(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Map<String, Long> erase(String pseudonym) {
    return Map.of();
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(String pseudonym) {
    return Map.of("accessLog", trail.about(pseudonym));
  }

  @Override
  public Map<String, Long> purge(Cutoffs cutoffs, boolean dryRun) {
    return Map.of("auditRows", trail.purge(cutoffs.audit(), dryRun));
  }

  @Override
  public int order() {
    return 1000;
  }
}
