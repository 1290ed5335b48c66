package io.pulse.feedback;

import io.pulse.server.PersonalData;
import io.pulse.server.Rows;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The customer data of this feature's tables: corrections and review items (spot checks). */
@Component
class FeedbackData implements PersonalData {

  private static final String OF_CUSTOMER =
      " WHERE interaction_id IN (SELECT id FROM interactions WHERE customer_pseudonym = :p)";
  private static final String OCCURRED_BEFORE =
      " WHERE interaction_id IN (SELECT id FROM interactions WHERE occurred_at < :before)";

  private final JdbcClient jdbc;

  FeedbackData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Long> erase(String pseudonym) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("corrections", delete("corrections", OF_CUSTOMER, "p", pseudonym));
    counts.put("reviewItems", delete("review_items", OF_CUSTOMER, "p", pseudonym));
    return counts;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(String pseudonym) {
    Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
    kinds.put(
        "corrections",
        Rows.query(
            jdbc,
            "SELECT interaction_id, label, previous_label, previous_model_version, corrected_at,"
                + " note, source FROM corrections"
                + OF_CUSTOMER
                + " ORDER BY id",
            Map.of("p", pseudonym)));
    kinds.put(
        "reviewItems",
        Rows.query(
            jdbc,
            "SELECT interaction_id, model_version, model_label, confidence, sampled_at, status,"
                + " reviewer_label, reviewed_at FROM review_items"
                + OF_CUSTOMER
                + " ORDER BY interaction_id",
            Map.of("p", pseudonym)));
    return kinds;
  }

  @Override
  public Map<String, Long> purge(Cutoffs cutoffs, boolean dryRun) {
    Object before = cutoffs.scores().atOffset(ZoneOffset.UTC);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String[] kind :
        new String[][] {{"corrections", "corrections"}, {"reviewItems", "review_items"}}) {
      counts.put(
          kind[0],
          dryRun
              ? jdbc.sql("SELECT COUNT(*) FROM " + kind[1] + OCCURRED_BEFORE)
                  .param("before", before)
                  .query(Long.class)
                  .single()
              : delete(kind[1], OCCURRED_BEFORE, "before", before));
    }
    return counts;
  }

  @Override
  public int order() {
    return 10;
  }

  private long delete(String table, String where, String name, Object value) {
    return jdbc.sql("DELETE FROM " + table + where).param(name, value).update();
  }
}
