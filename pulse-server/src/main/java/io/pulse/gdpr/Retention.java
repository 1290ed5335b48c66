package io.pulse.gdpr;

import io.pulse.audit.AuditTrail;
import io.pulse.server.PersonalData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention periods through the owners of each table ({@link PersonalData}), in one
 * transaction, and audits the purge with its counts.
 */
class Retention {

  private final List<PersonalData> owners;
  private final RetentionProperties settings;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;

  Retention(
      List<PersonalData> owners,
      RetentionProperties settings,
      TransactionTemplate transactions,
      AuditTrail audit,
      Clock clock) {
    this.owners = owners.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
    this.settings = settings;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** The instants before which each kind is due, as of now. */
  PersonalData.Cutoffs cutoffs() {
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    return new PersonalData.Cutoffs(
        now.minus(settings.text()).toInstant(),
        now.minus(settings.scores()).toInstant(),
        now.minus(settings.alerts()).toInstant(),
        now.minus(settings.audit()).toInstant());
  }

  /** Purges (or with {@code dryRun} counts) what is due; audited as {@code actor}. */
  Report purge(boolean dryRun, String actor) {
    PersonalData.Cutoffs cutoffs = cutoffs();
    Map<String, Long> counts =
        transactions.execute(status -> {
          Map<String, Long> all = new LinkedHashMap<>();
          for (PersonalData owner : owners) {
            owner.purge(cutoffs, dryRun).forEach((k, v) -> all.merge(k, v, Long::sum));
          }
          if (!dryRun) {
            audit.record(actor, "retention-purge", null, "retention", all);
          }
          return all;
        });
    return new Report(dryRun, cutoffs, counts);
  }

  /**
   * What a purge removed or would remove.
   *
   * @param dryRun true: nothing was removed
   * @param cutoffs instants before which each kind was due
   * @param counts rows (texts for {@code texts}) per kind
   */
  record Report(boolean dryRun, PersonalData.Cutoffs cutoffs, Map<String, Long> counts) {}

  Instant now() {
    return clock.instant();
  }
}
