package io.pulse.gdpr;

import io.pulse.audit.AuditTrail;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.PersonalData;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data-subject rights on a raw customer reference, as the source system knows it: pseudonymised
 * here exactly as on ingest, then erased or exported through the owner of each table ({@link
 * PersonalData}). Audited by pseudonym, never the reference.
 */
class DataSubjects {

  private final List<PersonalData> owners;
  private final PrivacyGuard guard;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;

  DataSubjects(
      List<PersonalData> owners,
      PrivacyGuard guard,
      TransactionTemplate transactions,
      AuditTrail audit,
      Clock clock) {
    this.owners = owners.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
    this.guard = guard;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Erases everything stored about the customer in one transaction (with its audit row); erasing
   * again finds nothing and reports zeros.
   */
  Erased erase(String reference, String actor) {
    String pseudonym = guard.pseudonymise(reference);
    Map<String, Long> counts =
        transactions.execute(status -> {
          Map<String, Long> all = new LinkedHashMap<>();
          for (PersonalData owner : owners) {
            owner.erase(pseudonym).forEach((k, v) -> all.merge(k, v, Long::sum));
          }
          audit.record(actor, "erase", pseudonym, "customer", all);
          return all;
        });
    return new Erased(pseudonym, clock.instant().toString(), counts);
  }

  /** Everything stored about the customer, per kind; audited. */
  Export export(String reference, String actor, String format) {
    String pseudonym = guard.pseudonymise(reference);
    Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
    audit.record(actor, "export", pseudonym, "customer", Map.of("format", format));
    transactions.execute(status -> {
      for (PersonalData owner : owners) {
        kinds.putAll(owner.export(pseudonym));
      }
      return null;
    });
    return new Export(pseudonym, clock.instant().toString(), kinds);
  }

  /**
   * Outcome of an erasure.
   *
   * @param customer the customer's pseudonym
   * @param erasedAt when
   * @param erased rows removed per kind (all zero when there was nothing, e.g. a repeated request)
   */
  record Erased(String customer, String erasedAt, Map<String, Long> erased) {}

  /**
   * An access export.
   *
   * @param customer the customer's pseudonym
   * @param exportedAt when
   * @param data rows per kind
   */
  record Export(String customer, String exportedAt, Map<String, List<Map<String, Object>>> data) {}
}
