package io.pulse.analytics.api;

import io.pulse.analytics.SentimentObservation;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the current sentiment score of stored interactions per customer pseudonym. */
@Repository
class SentimentStore {

  /** Pseudonyms per query. */
  static final int BATCH = 1000;

  // One array parameter rather than an IN list of hundreds: PostgreSQL would cache a generic plan
  // for the many-parameter statement and fall back to a sequential scan (see InteractionWriter).
  private static final String SQL =
      "SELECT i.customer_pseudonym, i.occurred_at, s.score FROM interactions i"
          + " JOIN scores s ON s.interaction_id = i.id AND s.is_current = TRUE"
          + " WHERE i.customer_pseudonym = ANY (?)"
          // a customer's sentiment is their own turns, not the agents' answers
          + " AND (i.author_role IS NULL OR i.author_role = 'customer')";

  private final JdbcTemplate jdbc;

  SentimentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Scores of the interactions of {@code customers} (pseudonyms) that happened at or before {@code
   * until} ({@code null}: all), in no particular order.
   */
  List<SentimentObservation> observations(Collection<String> customers, Instant until) {
    List<String> keys = List.copyOf(customers);
    List<SentimentObservation> observations = new ArrayList<>();
    String sql = until == null ? SQL : SQL + " AND i.occurred_at <= ?";
    for (int from = 0; from < keys.size(); from += BATCH) {
      Object[] batch = keys.subList(from, Math.min(keys.size(), from + BATCH)).toArray();
      jdbc.query(
          sql,
          statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("VARCHAR", batch));
            if (until != null) {
              statement.setObject(2, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            }
          },
          (ResultSet row) -> {
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
