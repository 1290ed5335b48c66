package io.pulse.scores;

import io.pulse.api.FallbackReport;
import io.pulse.api.RescoreReport;
import io.pulse.core.SentimentLabel;
import io.pulse.store.Accepted;
import io.pulse.store.InteractionStore;
import io.pulse.store.ProtectedInteraction;
import io.pulse.store.ScoreChanged;
import io.pulse.store.ScoringResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public entry point of the {@code scores} feature, the one owner of stored interactions and their
 * scores: accept (store as pending and queue, in one transaction), wait for scores, correct, and
 * re-score. All writes go through {@link InteractionStore}; this class adds Spring transactions and
 * publishes {@link InteractionsScored} and {@link ScoreChanged}, the feature's events, which no
 * other feature publishes. Scoring itself runs on the workers behind the request path.
 */
@Service
public class Scores {

  private final InteractionStore store;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ScoreEvents events;
  private final Rescoring rescoring;
  private final Duration maxRequestWait;
  private final Clock clock = Clock.systemUTC();

  Scores(
      InteractionStore store,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      ScoreEvents events,
      Rescoring rescoring,
      ScoringProperties settings) {
    this.maxRequestWait = settings.maxRequestWait();
    this.store = store;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.rescoring = rescoring;
  }

  /**
   * Stores the interactions as {@code pending} and queues them for scoring, in one transaction; the
   * scoring workers are woken after the commit. When a concurrent request stored one of the
   * external ids meanwhile, the items are stored one by one, so each is stored whole or not at all.
   *
   * @return the outcome per external id; an id whose row broke a constraint has no entry
   */
  public Map<String, Accepted> accept(List<ProtectedInteraction> batch) {
    Map<String, Accepted> outcomes;
    try {
      outcomes = transactions.execute(status -> inConnection(c -> store.accept(c, batch, now())));
    } catch (DataIntegrityViolationException raced) {
      Map<String, Accepted> oneByOne = new LinkedHashMap<>();
      for (ProtectedInteraction item : batch) {
        acceptOne(item).ifPresent(e -> oneByOne.put(e.getKey(), e.getValue()));
      }
      outcomes = oneByOne;
    }
    long created =
        outcomes.values().stream().filter(a -> a.outcome() == Accepted.Outcome.CREATED).count();
    events.accepted(created);
    return outcomes;
  }

  private Optional<Map.Entry<String, Accepted>> acceptOne(ProtectedInteraction item) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Map<String, Accepted> one =
            transactions.execute(
                status -> inConnection(c -> store.accept(c, List.of(item), now())));
        return Optional.of(Map.entry(item.externalId(), one.get(item.externalId())));
      } catch (DuplicateKeyException raced) {
        // stored by a concurrent request: the second attempt reports it as a duplicate
      } catch (DataIntegrityViolationException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The scoring results of stored interactions, waiting up to {@code wait} for pending ones to be
   * scored (by any instance); returns at once when none is pending.
   */
  public Map<Long, ScoringResult> await(List<Long> ids, Duration wait) {
    Instant deadline = clock.instant().plus(wait);
    while (true) {
      Map<Long, ScoringResult> results = results(ids);
      boolean pending = results.values().stream().anyMatch(ScoringResult::pending);
      Duration left = Duration.between(clock.instant(), deadline);
      if (!pending || left.isNegative() || left.isZero()) {
        return results;
      }
      events.awaitScored(left);
    }
  }

  /** The longest wait a request may ask for ({@code pulse.scoring.max-request-wait}). */
  public Duration maxRequestWait() {
    return maxRequestWait;
  }

  /** The scoring results of stored interactions now. */
  public Map<Long, ScoringResult> results(List<Long> ids) {
    return inConnection(c -> store.results(c, ids));
  }

  /**
   * Makes a person's label the current score, in the caller's transaction (which may record more,
   * e.g. the audit trail); {@link ScoreChanged} is published to listeners after that commits.
   *
   * @return the correction, or empty when there is no such interaction
   */
  public Optional<InteractionStore.Correction> correct(
      long interactionId, SentimentLabel label, String user, Instant at) {
    Optional<InteractionStore.Correction> correction =
        transactions.execute(
            status -> inConnection(c -> store.correct(c, interactionId, label, user, at)));
    correction.flatMap(InteractionStore.Correction::change).ifPresent(events::changed);
    return correction;
  }

  /**
   * Re-scores the interactions that occurred in [from, to) with the models in service, through the
   * one path of first scoring (every insight field is refreshed; a person's label stays).
   */
  public RescoreReport rescore(Instant from, Instant to) {
    return rescoring.rescoreRange(from, to);
  }

  /** Re-scores up to {@code limit} interactions the lexicon fallback scored, oldest first. */
  public FallbackReport rescoreFallback(int limit) {
    return rescoring.rescoreFallback(limit);
  }

  /** How many interactions wait for scoring, and since when the oldest waits. */
  public InteractionStore.Backlog backlog() {
    return inConnection(store::backlog);
  }

  private <T> T inConnection(ConnectionCallback<T> work) {
    return jdbc.execute(work);
  }

  private Instant now() {
    return clock.instant();
  }
}
