package io.pulse.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each feature that stores something about customers, for the tables it owns: the
 * data-protection feature erases, exports and purges through these owners, never with SQL of its
 * own. Every method runs in the caller's transaction.
 */
public interface PersonalData {

  /**
   * Erases everything stored about the customer.
   *
   * @return rows removed per kind (e.g. {@code interactions}, {@code corrections}); kinds with
   *     nothing removed are included with 0
   */
  Map<String, Long> erase(String pseudonym);

  /** Everything stored about the customer, per kind. */
  Map<String, List<Map<String, Object>>> export(String pseudonym);

  /**
   * Applies the retention periods: removes (or with {@code dryRun} only counts) what is older than
   * the cut-offs.
   *
   * @return rows (or texts) removed or due per kind
   */
  Map<String, Long> purge(Cutoffs cutoffs, boolean dryRun);

  /** Erasure order: lower first, so rows that refer to interactions go before them. */
  int order();

  /**
   * Instants before which each kind of data is due for removal.
   *
   * @param text message text (the scores and aspects stay)
   * @param scores interactions with their scores, aspects, corrections and review items
   * @param alerts alerts and their notifications
   * @param audit audit rows
   */
  record Cutoffs(Instant text, Instant scores, Instant alerts, Instant audit) {}
}
