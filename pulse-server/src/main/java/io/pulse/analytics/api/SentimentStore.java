package io.pulse.analytics.api;

import io.pulse.analytics.SentimentObservation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the current sentiment score of stored interactions per customer pseudonym. */
@Repository
class SentimentStore {

  /** Pseudonyms per query: keeps the IN list well below every driver's parameter limit. */
  static final int BATCH = 500;

  private static final String SQL =
      "SELECT i.customer_pseudonym, i.occurred_at, s.score FROM interactions i"
          + " JOIN scores s ON s.interaction_id = i.id AND s.is_current = TRUE"
          + " WHERE i.customer_pseudonym IN (:customers)";

  private final JdbcClient jdbc;

  SentimentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Scores of the interactions of {@code customers} (pseudonyms) that happened at or before {@code
   * until} ({@code null}: all), in no particular order.
   */
  List<SentimentObservation> observations(Collection<String> customers, Instant until) {
    List<String> keys = List.copyOf(customers);
    List<SentimentObservation> observations = new ArrayList<>();
    String sql = until == null ? SQL : SQL + " AND i.occurred_at <= :until";
    for (int from = 0; from < keys.size(); from += BATCH) {
      JdbcClient.StatementSpec statement =
          jdbc.sql(sql).param("customers", keys.subList(from, Math.min(keys.size(), from + BATCH)));
      if (until != null) {
        statement = statement.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
      }
      statement.query(row -> {
        observations.add(
            new SentimentObservation(
                row.getString(1),
                row.getObject(2, OffsetDateTime.class).toInstant(),
                row.getDouble(3)));
      });
    }
    return observations;
  }
}
