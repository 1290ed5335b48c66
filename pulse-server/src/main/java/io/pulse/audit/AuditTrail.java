package io.pulse.audit;

import io.pulse.server.Rows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public entry point of the audit feature, the one owner of the append-only {@code audit_log}:
 * records who did what to which customer (by pseudonym) and when, in the caller's transaction when
 * there is one. Rows are never changed; only the retention purge deletes rows older than {@code
 * pulse.retention.audit}. Never give it message text or a raw customer reference.
 */
@Service
public class AuditTrail {

  private static final int MAX_TARGET = 300;

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  AuditTrail(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Appends one row.
   *
   * @param actor user name (or token name)
   * @param action what was done, e.g. {@code read-text}, {@code erase}, {@code export}
   * @param subject customer pseudonym, or null
   * @param target endpoint and ids, model version or setting; cut to 300 characters
   * @param detail counts or filters (no text), or null
   */
  public void record(
      String actor, String action, String subject, String target, Map<String, ?> detail) {
    jdbc.sql(
            "INSERT INTO audit_log (at, actor, action, subject, target, detail)"
                + " VALUES (:at, :actor, :action, :subject, :target, :detail)")
        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
        .param("actor", cut(actor == null ? "anonymous" : actor, 100))
        .param("action", action)
        .param("subject", subject)
        .param("target", target == null ? null : cut(target, MAX_TARGET))
        .param(
            "detail",
            detail == null || detail.isEmpty() ? null : cut(json.writeValueAsString(detail), 4000))
        .update();
  }

  /** Rows matching the filters (each optional), newest first. */
  public List<Map<String, Object>> find(
      Instant from, Instant to, String actor, String action, String subject, int page, int size) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (from != null) {
      conditions.add("at >= :from");
      params.put("from", from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      conditions.add("at < :to");
      params.put("to", to.atOffset(ZoneOffset.UTC));
    }
    if (actor != null) {
      conditions.add("actor = :actor");
      params.put("actor", actor);
    }
    if (action != null) {
      conditions.add("action = :action");
      params.put("action", action);
    }
    if (subject != null) {
      conditions.add("subject = :subject");
      params.put("subject", subject);
    }
    params.put("limit", size);
    params.put("offset", (long) page * size);
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return Rows.query(
        jdbc,
        "SELECT id, at, actor, action, subject, target, detail FROM audit_log"
            + where
            + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset",
        params);
  }

  /** Removes (or with {@code dryRun} counts) rows older than {@code before}. */
  long purge(Instant before, boolean dryRun) {
    Object at = before.atOffset(ZoneOffset.UTC);
    return dryRun
        ? jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE at < :at")
            .param("at", at)
            .query(Long.class)
            .single()
        : jdbc.sql("DELETE FROM audit_log WHERE at < :at").param("at", at).update();
  }

  /** Rows about one customer. */
  List<Map<String, Object>> about(String pseudonym) {
    return Rows.query(
        jdbc,
        "SELECT at, actor, action, target FROM audit_log WHERE subject = :p ORDER BY at, id",
        Map.of("p", pseudonym));
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
