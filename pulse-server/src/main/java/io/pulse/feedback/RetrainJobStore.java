package io.pulse.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code retrain_jobs}. Every change of a job is an update that applies only while the
 * job is {@code running}, so a job that was cancelled or marked interrupted is never brought back
 * by a late write of its worker. SQL that runs on PostgreSQL and H2 alike.
 */
@Repository
class RetrainJobStore {

  private static final String COLUMNS =
      "id, requested_by, state, phase, progress, detail, started_at, finished_at, cancelled_by,"
          + " report";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RetrainJobStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(RetrainJob job) {
    bind(
            jdbc.sql(
                "INSERT INTO retrain_jobs ("
                    + COLUMNS
                    + ") VALUES (:id, :requestedBy, :state, :phase, :progress, :detail,"
                    + " :startedAt, :finishedAt, :cancelledBy, :report)"),
            job)
        .param("requestedBy", job.requestedBy())
        .param("startedAt", job.startedAt())
        .update();
  }

  /**
   * Writes the job's state, phase, progress, detail, end and report.
   *
   * @return false, and nothing written, when the stored job is no longer running
   */
  boolean update(RetrainJob job) {
    return write(job, "");
  }

  /**
   * Stores {@code cancelled} (a job turned {@link RetrainJob#cancelled}) unless the stored job has
   * finished or is registering its candidate.
   *
   * @return whether it was cancelled
   */
  boolean cancel(RetrainJob cancelled) {
    return write(cancelled, " AND phase <> '" + RetrainJob.REGISTERING + "'");
  }

  private boolean write(RetrainJob job, String condition) {
    String sql =
        "UPDATE retrain_jobs SET state = :state, phase = :phase, progress = :progress,"
            + " detail = :detail, finished_at = :finishedAt, cancelled_by = :cancelledBy,"
            + " report = :report WHERE id = :id AND state = '"
            + RetrainJob.RUNNING
            + "'"
            + condition;
    return bind(jdbc.sql(sql), job).update() == 1;
  }

  /** Ids of the jobs stored as running. */
  List<String> runningIds() {
    return jdbc.sql("SELECT id FROM retrain_jobs WHERE state = :state ORDER BY started_at")
        .param("state", RetrainJob.RUNNING)
        .query(String.class)
        .list();
  }

  /**
   * Marks a running job {@code interrupted} with {@code detail}.
   *
   * @return false when it was not running
   */
  boolean interrupt(String id, String detail, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE retrain_jobs SET state = :interrupted, phase = 'done', detail = :detail,"
                    + " finished_at = :now WHERE id = :id AND state = :running")
            .param("interrupted", RetrainJob.INTERRUPTED)
            .param("detail", detail)
            .param("now", now)
            .param("id", id)
            .param("running", RetrainJob.RUNNING)
            .update()
        == 1;
  }

  Optional<RetrainJob> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM retrain_jobs WHERE id = :id")
        .param("id", id)
        .query(this::job)
        .optional();
  }

  /** The {@code limit} newest jobs, newest first. */
  List<RetrainJob> recent(int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM retrain_jobs ORDER BY started_at DESC, id LIMIT :limit")
        .param("limit", limit)
        .query(this::job)
        .list();
  }

  /** The job that is running, if any (the oldest, should there be several). */
  Optional<RetrainJob> running() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM retrain_jobs WHERE state = :state ORDER BY started_at LIMIT 1")
        .param("state", RetrainJob.RUNNING)
        .query(this::job)
        .optional();
  }

  /** Binds the columns a job's updates write; nullable ones with their SQL type. */
  private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, RetrainJob job) {
    return statement
        .param("id", job.id())
        .param("state", job.state())
        .param("phase", job.phase())
        .param("progress", job.progress())
        .param("detail", clip(job.detail()), Types.VARCHAR)
        .param("finishedAt", job.finishedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("cancelledBy", job.cancelledBy(), Types.VARCHAR)
        .param(
            "report",
            job.report() == null ? null : json.writeValueAsString(job.report()),
            Types.VARCHAR);
  }

  private RetrainJob job(ResultSet rs, int row) throws SQLException {
    String report = rs.getString("report");
    return new RetrainJob(
        rs.getString("id"),
        rs.getString("requested_by"),
        rs.getString("state"),
        rs.getString("phase"),
        rs.getDouble("progress"),
        rs.getString("detail"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("cancelled_by"),
        report == null ? null : json.readTree(report));
  }

  /** Failure messages may be long; the column holds 2,000 characters. */
  private static String clip(String detail) {
    return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }
}
