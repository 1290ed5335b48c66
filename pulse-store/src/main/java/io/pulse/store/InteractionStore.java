package io.pulse.store;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one owner of stored interactions and their scores (tables {@code interactions}, {@code
 * scores}, {@code interaction_aspects}, {@code scoring_queue}): every write to them goes through
 * here. Plain JDBC, no framework: each method runs its SQL on the connection it is given, inside
 * the caller's transaction (auto-commit off), and throws {@link SQLException} as it comes. SQL runs
 * on PostgreSQL and on H2 in PostgreSQL mode.
 *
 * <p>The rules it keeps: an external id is stored once (accepting it again is a duplicate, never an
 * error); an interaction has at most one current score (also enforced by the database); a person's
 * label stays current whatever a model says later; a lexicon-fallback score never displaces a
 * model's; every store of an analysis refreshes all its insight fields (language, mixed parts,
 * aspects, emotions). Nothing it writes or returns holds raw text or customer references.
 *
 * <p>Two ways in: the server {@link #accept accepts} interactions as pending and queued, and its
 * scoring workers {@link #claim claim} them and {@link #apply apply} the analyses; a stream job
 * that scores in the stream {@link #storeAnalyzed stores analysed interactions} directly.
 */
public final class InteractionStore {

  /** Reason stored with an interaction whose scoring failed too often. */
  public static final String SCORING_FAILED = "scoring failed";

  private final Inserts inserts;
  private final ScoreWriter writer;
  private final AnalyzedInserts analyzed;
  private final ScoringQueue queue;
  private final Erasure erasure = new Erasure();

  /** A store that writes JSON columns with {@code json}. */
  public InteractionStore(JsonMapper json) {
    this.inserts = new Inserts(json);
    this.writer = new ScoreWriter(json);
    this.analyzed = new AnalyzedInserts(json);
    this.queue = new ScoringQueue();
  }

  /**
   * Stores new interactions as {@code pending} and queues them for scoring, in the caller's
   * transaction. An external id that is already stored is reported as a duplicate (with its id).
   *
   * @return the outcome of every external id of the batch
   * @throws SQLException also when a concurrent writer stored one of the ids meanwhile (a unique
   *     violation, SQL state 23505): retry the items one by one
   */
  public Map<String, Accepted> accept(Connection c, List<ProtectedInteraction> batch, Instant now)
      throws SQLException {
    return inserts.insert(c, batch, now, true);
  }

  /**
   * Stores interactions with the analyses a caller made itself (a stream job that scores in the
   * stream, e.g. a Flink sink), idempotent by external id: an id already stored is a duplicate and
   * left as it is, so replaying a batch after a failure stores nothing twice. Call it with a
   * connection whose auto-commit is off and commit after it; the returned {@link Applied#scored()}
   * are the interactions to hand to alerting. When a concurrent writer stored one of the ids
   * between the duplicate check and the insert, the insert fails with SQL state 23505: roll back
   * and call it again (the id is then a duplicate).
   *
   * <p>It stores what {@link #accept} without the queue followed by {@link #apply} would store, and
   * returns the same, but writes each new interaction once, final, with its score and aspects: a
   * few batched statements for a whole batch, no locks, no updates.
   *
   * @return the outcomes, and what storing the analyses of the new ones did
   */
  public Stored storeAnalyzed(Connection c, List<Analyzed> batch, Instant now) throws SQLException {
    return analyzed.store(c, batch, now);
  }

  /**
   * Stores analyses of stored interactions through the one path: first scores, re-scores and
   * fallback replacements alike (see {@link ScoreDecision}); the interactions leave the scoring
   * queue. Applying the same analysis twice changes nothing the second time.
   *
   * @param cause what a replaced current score is replaced by (for {@link ScoreChanged})
   */
  public Applied apply(
      Connection c, Map<Long, Analysis> analyses, ScoreChanged.Cause cause, Instant now)
      throws SQLException {
    return writer.apply(c, analyses, cause, now);
  }

  /**
   * Makes a person's label the current score of an interaction (model version {@code human:<user>},
   * probability 1 for the label); the row it displaces stays as history.
   *
   * @return the correction, or empty when there is no such interaction
   */
  public Optional<Correction> correct(
      Connection c, long interactionId, SentimentLabel label, String user, Instant now)
      throws SQLException {
    return Corrections.correct(c, interactionId, label, user, now);
  }

  /**
   * Claims up to {@code max} queued interactions that are due, oldest first, and locks them until
   * the caller's transaction ends ({@code FOR UPDATE SKIP LOCKED}: several workers and server
   * instances share the queue, and none sees a row another one holds). Apply their analyses in the
   * same transaction; a rollback (or a crash) returns them to the queue.
   */
  public List<QueuedInteraction> claim(Connection c, int max, Instant now) throws SQLException {
    return queue.claim(c, max, now);
  }

  /** Counts a failed attempt for queued interactions and makes them due again at {@code due}. */
  public void retryLater(Connection c, List<Long> ids, Instant due) throws SQLException {
    queue.retryLater(c, ids, due);
  }

  /**
   * Stores interactions whose scoring failed too often as {@code unscored} ({@value
   * #SCORING_FAILED}) and removes them from the queue, so one bad message never blocks the rest.
   */
  public Applied giveUp(Connection c, List<Long> ids, Instant now) throws SQLException {
    Map<Long, Analysis> unscored = new LinkedHashMap<>();
    Analysis failed =
        new Analysis(
            null,
            null,
            Analysis.Status.UNSCORED,
            SCORING_FAILED,
            null,
            null,
            false,
            List.of(),
            List.of(),
            null);
    ids.forEach(id -> unscored.put(id, failed));
    return writer.apply(c, unscored, ScoreChanged.Cause.RESCORE, now);
  }

  /** How many interactions wait for scoring, and since when the oldest waits. */
  public Backlog backlog(Connection c) throws SQLException {
    return queue.backlog(c);
  }

  /** Scoring status and current score of these interactions (absent ids are not stored). */
  public Map<Long, ScoringResult> results(Connection c, List<Long> ids) throws SQLException {
    return Results.of(c, ids);
  }

  /** Interactions that occurred in [from, to) with id above {@code afterId}, by id: to re-score. */
  public List<QueuedInteraction> occurredBetween(
      Connection c, Instant from, Instant to, long afterId, int limit) throws SQLException {
    return queue.texts(
        c,
        "SELECT id, redacted_text, language FROM interactions WHERE occurred_at >= ?"
            + " AND occurred_at < ? AND id > ? ORDER BY id LIMIT ?",
        List.of(Sql.utc(from), Sql.utc(to), afterId, limit));
  }

  /** Interactions whose current score came from the lexicon fallback, by id: to re-score. */
  public List<QueuedInteraction> fallbackScored(Connection c, long afterId, int limit)
      throws SQLException {
    return queue.texts(
        c,
        "SELECT i.id, i.redacted_text, i.language FROM interactions i JOIN scores s"
            + " ON s.interaction_id = i.id AND s.is_current = TRUE"
            + " WHERE s.fallback = TRUE AND i.id > ? ORDER BY i.id LIMIT ?",
        List.of(afterId, limit));
  }

  /** How many current scores came from the lexicon fallback. */
  public long fallbackCount(Connection c) throws SQLException {
    return queue.count(
        c, "SELECT COUNT(*) FROM scores WHERE fallback = TRUE AND is_current = TRUE");
  }

  /**
   * Erases every interaction of a customer with its scores, aspects, emotions and queue entries, in
   * the caller's transaction. Rows that other owners keep about these interactions (corrections,
   * review items, alerts) must be erased by them first. Erasing again finds nothing.
   *
   * @return rows removed per kind: interactions, scores, aspects, emotions (interactions that had
   *     them), queueEntries
   */
  public Map<String, Long> erase(Connection c, String pseudonym) throws SQLException {
    return erasure.erase(c, pseudonym);
  }

  /**
   * Retention of text: empties the text, its redaction spans and mixed parts of interactions that
   * occurred before {@code before} and are not waiting for scoring; scores, aspects and emotions
   * stay (the words go, the measurement stays). With {@code dryRun} only counts.
   *
   * @return {@code texts}: interactions whose text was (or would be) removed
   */
  public Map<String, Long> purgeText(Connection c, Instant before, boolean dryRun)
      throws SQLException {
    return erasure.purgeText(c, before, dryRun);
  }

  /**
   * Retention of measurements: removes interactions that occurred before {@code before} with their
   * scores, aspects and queue entries (other owners remove their rows about them first). With
   * {@code dryRun} only counts.
   */
  public Map<String, Long> purgeBefore(Connection c, Instant before, boolean dryRun)
      throws SQLException {
    return erasure.purgeBefore(c, before, dryRun);
  }

  /**
   * An interaction with the analysis the caller made of it.
   *
   * @param interaction the protected interaction
   * @param analysis what the {@code MessageAnalyzer} found
   */
  public record Analyzed(ProtectedInteraction interaction, Analysis analysis) {}

  /**
   * Outcome of {@link #storeAnalyzed}.
   *
   * @param outcomes per external id
   * @param applied what storing the analyses of the new interactions did
   */
  public record Stored(Map<String, Accepted> outcomes, Applied applied) {}

  /**
   * Queue depth and age.
   *
   * @param depth interactions waiting for scoring
   * @param oldestEnqueuedAt when the oldest of them was queued, or null when none waits
   */
  public record Backlog(long depth, Instant oldestEnqueuedAt) {}

  /**
   * A person's correction as stored.
   *
   * @param previous the score that was current before, or empty when there was none
   * @param gold the person's label as a score
   * @param change the event to publish, or empty when nothing was current before
   */
  public record Correction(
      Optional<SentimentScore> previous, SentimentScore gold, Optional<ScoreChanged> change) {}

  /** Returns the human model version of a user ({@code human:<user>}, at most 100 characters). */
  public static String humanVersion(String user) {
    String version = ScoreDecision.HUMAN + user;
    return version.length() <= 100 ? version : version.substring(0, 100);
  }
}
