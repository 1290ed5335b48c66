package io.pulse.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.ServerTestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure, access export and retention through the API, on H2 and PostgreSQL. Erasure is proven by
 * scanning every table of the schema afterwards.
 */
final class DataProtectionChecks {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final DataSource dataSource;

  DataProtectionChecks(MockMvc mvc, JdbcClient jdbc, DataSource dataSource) {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /** Stores interactions of one customer; returns their ids. */
  private List<Long> ingest(String reference, String word, int n, Instant at, String wait)
      throws Exception {
    StringBuilder body = new StringBuilder();
    String prefix = ServerTestSupport.unique("dp");
    for (int i = 0; i < n; i++) {
      body.append(
          """
          {"externalId":"%s-%d","channel":"email","timestamp":"%s","customer":"%s",\
          "product":"router","text":"Terrible %s service, the router is broken and awful"}
          """
              .formatted(prefix, i, at.plus(i, ChronoUnit.MINUTES), reference, word));
    }
    JsonNode report =
        JSON.readTree(
            mvc.perform(
                    post("/api/v1/interactions/bulk" + wait)
                        .with(httpBasic("ingest", "ingest-pw"))
                        .contentType("application/x-ndjson")
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    List<Long> ids = new ArrayList<>();
    report.path("items").forEach(item -> ids.add(item.path("id").asLong()));
    assertThat(ids).hasSize(n);
    return ids;
  }

  void erasureLeavesNothingOfTheCustomerInAnyTable() throws Exception {
    String reference = "Kari.Nordmann-" + ServerTestSupport.unique("erase") + "@example.no";
    String word = "zqword" + ServerTestSupport.unique("w").substring(2, 10);
    String other = ServerTestSupport.unique("keep");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Long> ids =
        new ArrayList<>(ingest(reference, word, 3, now.minus(1, ChronoUnit.HOURS), "?wait=PT30S"));
    List<Long> kept = ingest(other, "kept", 1, now.minus(1, ChronoUnit.HOURS), "?wait=PT30S");
    mvc.perform(
            post("/api/v1/interactions/" + ids.get(0) + "/correction")
                .with(httpBasic("reviewer", "reviewer-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"neutral\"}"))
        .andExpect(status().isOk());
    // one more, erased while it may still wait in the scoring queue
    ids.addAll(ingest(reference, word, 1, now, ""));
    String pseudonym = pseudonym(reference);

    JsonNode erased = erase(reference);
    assertThat(erased.path("customer").asString()).isEqualTo(pseudonym);
    assertThat(erased.path("erased").path("interactions").asLong()).isEqualTo(4);
    assertThat(erased.path("erased").path("scores").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(erased.path("erased").path("corrections").asLong()).isEqualTo(1);
    assertThat(erased.path("erased").has("queueEntries")).isTrue();
    assertThat(erased.path("erased").has("alerts")).isTrue();

    Set<String> erasedIds = new HashSet<>();
    ids.forEach(id -> erasedIds.add(String.valueOf(id)));
    List<String> found = scanAllTables(pseudonym, reference, word, erasedIds);
    assertThat(found).as("rows of the erased customer left in the database").isEmpty();

    JsonNode again = erase(reference);
    again
        .path("erased")
        .properties()
        .forEach(e -> assertThat(e.getValue().asLong()).as(e.getKey()).isZero());

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM interactions WHERE id = :id")
                .param("id", kept.get(0))
                .query(Long.class)
                .single())
        .as("another customer's interaction")
        .isEqualTo(1);
    List<Map<String, Object>> audit =
        jdbc.sql(
                "SELECT actor, action, subject FROM audit_log WHERE action = 'erase' AND subject = :p")
            .param("p", pseudonym)
            .query()
            .listOfRows();
    assertThat(audit).hasSize(2);
    assertThat(audit.get(0).values()).contains("dpo");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_log WHERE target LIKE :r OR detail LIKE :r OR subject LIKE :r")
                .param("r", "%" + reference.substring(0, 12) + "%")
                .query(Long.class)
                .single())
        .as("audit rows naming the raw reference")
        .isZero();
  }

  void exportHasEverythingStoredAboutTheCustomerAsJsonAndCsvZip() throws Exception {
    String reference = ServerTestSupport.unique("export");
    String word = "exportword" + ServerTestSupport.unique("w").substring(2, 8);
    List<Long> ids =
        ingest(reference, word, 2, Instant.now().minus(1, ChronoUnit.HOURS), "?wait=PT30S");
    String pseudonym = pseudonym(reference);
    JsonNode export =
        JSON.readTree(
            mvc.perform(
                    get("/api/v1/customers/" + reference + "/export")
                        .with(httpBasic("dpo", "dpo-pw")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(export.path("customer").asString()).isEqualTo(pseudonym);
    assertThat(export.path("data").path("interactions")).hasSize(2);
    assertThat(export.path("data").path("interactions").path(0).path("redacted_text").asString())
        .contains(word);
    assertThat(export.path("data").path("scores").size()).isGreaterThanOrEqualTo(2);
    assertThat(export.path("data").has("corrections")).isTrue();
    assertThat(export.path("data").has("alerts")).isTrue();
    assertThat(export.path("data").has("accessLog")).isTrue();

    byte[] zip =
        mvc.perform(
                get("/api/v1/customers/" + reference + "/export")
                    .param("format", "csv")
                    .with(httpBasic("dpo", "dpo-pw")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Map<String, String> files = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files)
        .containsKeys("interactions.csv", "scores.csv", "corrections.csv", "alerts.csv");
    assertThat(files.get("interactions.csv")).contains(word).contains(String.valueOf(ids.get(0)));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND subject = :p")
                .param("p", pseudonym)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    mvc.perform(
            get("/api/v1/customers/" + reference + "/export")
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isForbidden());
  }

  void retentionPurgesTextButKeepsScoresAndRemovesWhatIsOlderThanTheScorePeriod() throws Exception {
    String word = "retainword" + ServerTestSupport.unique("w").substring(2, 8);
    Instant now = Instant.now();
    Long textDue =
        ingest(
                ServerTestSupport.unique("r"),
                word,
                1,
                now.minus(200, ChronoUnit.DAYS),
                "?wait=PT30S")
            .get(0);
    Long allDue =
        ingest(
                ServerTestSupport.unique("r"),
                word,
                1,
                now.minus(900, ChronoUnit.DAYS),
                "?wait=PT30S")
            .get(0);
    Long fresh =
        ingest(ServerTestSupport.unique("r"), word, 1, now.minus(1, ChronoUnit.DAYS), "?wait=PT30S")
            .get(0);

    JsonNode dry = purge(true);
    assertThat(dry.path("dryRun").asBoolean()).isTrue();
    assertThat(dry.path("counts").path("texts").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(dry.path("counts").path("interactions").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(text(textDue)).contains(word);
    assertThat(count("interactions", "id", allDue)).isEqualTo(1);

    JsonNode done = purge(false);
    assertThat(done.path("counts").path("texts").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(text(textDue)).isEmpty();
    assertThat(count("scores", "interaction_id", textDue))
        .as("scores stay")
        .isGreaterThanOrEqualTo(1);
    assertThat(count("interaction_aspects", "interaction_id", textDue))
        .as("aspects stay")
        .isGreaterThanOrEqualTo(1);
    assertThat(count("interactions", "id", allDue)).isZero();
    assertThat(count("scores", "interaction_id", allDue)).isZero();
    assertThat(text(fresh)).contains(word);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'retention-purge'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);
  }

  void theAuditTrailIsAppendOnlyInTheDatabase() throws Exception {
    String reference = ServerTestSupport.unique("append");
    erase(reference);
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE action = 'erase'").update())
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = 'someone-else'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private JsonNode purge(boolean dryRun) throws Exception {
    return JSON.readTree(
        mvc.perform(
                post("/api/v1/retention/purge")
                    .param("dryRun", String.valueOf(dryRun))
                    .with(httpBasic("dpo", "dpo-pw")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String text(long id) {
    return jdbc.sql("SELECT redacted_text FROM interactions WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private long count(String table, String column, long id) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private JsonNode erase(String reference) throws Exception {
    return JSON.readTree(
        mvc.perform(delete("/api/v1/customers/" + reference).with(httpBasic("dpo", "dpo-pw")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String pseudonym(String reference) throws Exception {
    return JSON.readTree(
            mvc.perform(
                    post("/api/v1/customers/pseudonym")
                        .with(httpBasic("dpo", "dpo-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":\"" + reference + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .path("customer")
        .asString();
  }

  /**
   * Every value of every table of the schema (but the audit trail, which keeps the pseudonym of the
   * erasure on purpose, and Flyway's history) that names the customer, their text or one of their
   * interaction ids.
   */
  private List<String> scanAllTables(
      String pseudonym, String reference, String word, Set<String> interactionIds)
      throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    assertThat(tables).as("tables found").hasSizeGreaterThan(8);
    List<String> found = new ArrayList<>();
    for (String table : tables) {
      String t = table.toLowerCase(Locale.ROOT);
      if (t.equals("audit_log") || t.startsWith("flyway")) {
        continue;
      }
      for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
        for (Map.Entry<String, Object> cell : row.entrySet()) {
          if (cell.getValue() == null) {
            continue;
          }
          String value = cell.getValue().toString();
          String column = cell.getKey().toLowerCase(Locale.ROOT);
          boolean idColumn =
              column.equals("interaction_id") || (t.equals("interactions") && column.equals("id"));
          if (value.contains(pseudonym)
              || value.contains(word)
              || value.toLowerCase(Locale.ROOT).contains(reference.toLowerCase(Locale.ROOT))
              || (idColumn && interactionIds.contains(value))) {
            found.add(
                t + "." + column + "=" + (value.length() > 80 ? value.substring(0, 80) : value));
          }
        }
      }
    }
    return found;
  }
}
