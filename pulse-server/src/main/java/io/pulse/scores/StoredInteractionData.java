package io.pulse.scores;

import io.pulse.server.PersonalData;
import io.pulse.server.Rows;
import io.pulse.store.InteractionStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer data of the tables this feature owns (interactions, scores, aspects, emotions, queue
 * entries): erased and purged through {@link InteractionStore}, the one writer.
 */
@Component
class StoredInteractionData implements PersonalData {

  private static final String OF_CUSTOMER =
      " WHERE interaction_id IN (SELECT id FROM interactions WHERE customer_pseudonym = :p)"
          + " ORDER BY interaction_id";

  private final InteractionStore store;
  private final JdbcTemplate jdbc;
  private final JdbcClient client;

  StoredInteractionData(InteractionStore store, JdbcTemplate jdbc, JdbcClient client) {
    this.store = store;
    this.jdbc = jdbc;
    this.client = client;
  }

  @Override
  public Map<String, Long> erase(String pseudonym) {
    return jdbc.execute((java.sql.Connection c) -> store.erase(c, pseudonym));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(String pseudonym) {
    Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
    kinds.put(
        "interactions",
        rows(
            "SELECT id, external_id, channel, occurred_at, customer_pseudonym, conversation_id,"
                + " product, tags, language, detected_language, redacted_text, redactions,"
                + " mixed, mixed_parts, emotion, emotions, scoring_status, unscored_reason,"
                + " ingested_at FROM interactions WHERE customer_pseudonym = :p ORDER BY id",
            pseudonym));
    kinds.put(
        "scores",
        rows(
            "SELECT interaction_id, model_version, label, score, p_neg, p_neu, p_pos, confidence,"
                + " is_current, fallback, scored_at FROM scores"
                + OF_CUSTOMER,
            pseudonym));
    kinds.put(
        "aspects",
        rows(
            "SELECT interaction_id, aspect, score FROM interaction_aspects" + OF_CUSTOMER,
            pseudonym));
    kinds.put(
        "queueEntries",
        rows(
            "SELECT interaction_id, enqueued_at, attempts FROM scoring_queue" + OF_CUSTOMER,
            pseudonym));
    return kinds;
  }

  @Override
  public Map<String, Long> purge(Cutoffs cutoffs, boolean dryRun) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.putAll(
        jdbc.execute((java.sql.Connection c) -> store.purgeBefore(c, cutoffs.scores(), dryRun)));
    counts.putAll(
        jdbc.execute((java.sql.Connection c) -> store.purgeText(c, cutoffs.text(), dryRun)));
    return counts;
  }

  @Override
  public int order() {
    return 100;
  }

  private List<Map<String, Object>> rows(String sql, String pseudonym) {
    return Rows.query(client, sql, Map.of("p", pseudonym));
  }
}
