package io.pulse.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.analytics.AlertRecord;
import io.pulse.analytics.SentimentObservation;
import io.pulse.server.ServerTestSupport;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Repository checks of the analytics API's SQL reads, run against H2 and PostgreSQL. */
final class AnalyticsStoreChecks {
  private static final OffsetDateTime MARCH = OffsetDateTime.parse("2021-03-01T10:00:00Z");

  private final SentimentStore sentiment;
  private final AlertResponseStore alerts;
  private final JdbcClient jdbc;

  AnalyticsStoreChecks(SentimentStore sentiment, AlertResponseStore alerts, JdbcClient jdbc) {
    this.sentiment = sentiment;
    this.alerts = alerts;
    this.jdbc = jdbc;
  }

  void sentimentIsReadPerCustomerAcrossBatchesAndUpToADate() {
    String prefix = ServerTestSupport.unique("store");
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < SentimentStore.BATCH + 5; i++) {
      customers.add(prefix + "-c" + i);
    }
    store(prefix + "-1", customers.getFirst(), MARCH, -0.5);
    store(prefix + "-2", customers.getFirst(), MARCH.plusDays(30), 0.25);
    store(prefix + "-3", customers.getLast(), MARCH, 0.75);
    store(prefix + "-4", prefix + "-other", MARCH, 1.0);

    List<SentimentObservation> all = sentiment.observations(customers, null);
    assertThat(all)
        .extracting(SentimentObservation::score)
        .containsExactlyInAnyOrder(-0.5, 0.25, 0.75);
    List<SentimentObservation> early =
        sentiment.observations(customers, MARCH.plusDays(1).toInstant());
    assertThat(early).extracting(SentimentObservation::score).containsExactlyInAnyOrder(-0.5, 0.75);
    assertThat(early)
        .filteredOn(o -> o.customerKey().equals(customers.getFirst()))
        .extracting(SentimentObservation::at)
        .containsExactly(MARCH.toInstant());
  }

  void onlyOrangeAndRedAlertsOfThePeriodCount() {
    OffsetDateTime raised = OffsetDateTime.parse("2019-04-01T08:00:00Z");
    String red = alert("RED", raised, raised.plusMinutes(20));
    alert("ORANGE", raised.plusDays(1), null);
    alert("YELLOW", raised, raised.plusMinutes(5));
    alert("RED", raised.plusDays(5), raised.plusDays(5).plusMinutes(1));

    List<AlertRecord> found =
        alerts.negativeAlerts(raised.toInstant(), raised.plusDays(2).toInstant());

    assertThat(found).hasSize(2);
    assertThat(found.getFirst().alertId()).isEqualTo(red);
    assertThat(found.getFirst().acknowledged()).isEqualTo(raised.plusMinutes(20).toInstant());
    assertThat(found.get(1).acknowledged()).isNull();
  }

  private void store(String externalId, String customer, OffsetDateTime at, double score) {
    jdbc.sql(
            "INSERT INTO interactions (external_id, channel, occurred_at, occurred_day,"
                + " customer_pseudonym, redacted_text, redactions, ingested_at)"
                + " VALUES (?, 'email', ?, ?, ?, 'text', '[]', ?)")
        .params(externalId, at, at.toLocalDate(), customer, at)
        .update();
    long id =
        jdbc.sql("SELECT id FROM interactions WHERE external_id = ?")
            .param(externalId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO scores (interaction_id, model_version, label, score, p_neg, p_neu,"
                + " p_pos, confidence, is_current, scored_at)"
                + " VALUES (?, 'm-1', 'neutral', ?, 0.2, 0.6, 0.2, 0.6, TRUE, ?)")
        .params(id, score, at)
        .update();
  }

  private String alert(String level, OffsetDateTime raised, OffsetDateTime acknowledged) {
    String id = ServerTestSupport.unique("a");
    jdbc.sql(
            "INSERT INTO alerts (id, kind, series_dimension, series_value, level, status,"
                + " raised_at, score, window_count, negatives, occurrences, acknowledged_at)"
                + " VALUES (?, 'INTERACTION', 'customer', 'c_store', ?, ?, ?, -0.8, 1, 1, 1, ?)")
        .params(id, level, acknowledged == null ? "OPEN" : "ACKNOWLEDGED", raised, acknowledged)
        .update();
    return id;
  }
}
