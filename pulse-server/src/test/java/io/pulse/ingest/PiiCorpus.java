package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.pulse.server.ServerTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Test helper: plants e-mails, phone numbers, card numbers, IBANs and raw customer references in
 * interactions sent through every ingest path (valid and invalid) and proves none of them reaches
 * any text column of the database or any log line. Runs on H2 and PostgreSQL.
 */
final class PiiCorpus {

  static final List<String> PLANTED =
      List.of(
          "anna.berg@example.no",
          "j.doe+orders@outlook.com",
          "+47 912 34 567",
          "+1 (415) 555-0134",
          "(212) 555-0187",
          "4111 1111 1111 1111",
          "5500-0000-0000-0004",
          "DE89 3704 0044 0532 0130 00",
          "GB82WEST12345698765432",
          "NO93 8601 1117 947");
  static final String RAW_CUSTOMER = "customer-ref-kari.nordmann@example.org";

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Map<String, Level> levels = new java.util.HashMap<>();

  PiiCorpus(MockMvc mvc, JdbcClient jdbc) {
    this.mvc = mvc;
    this.jdbc = jdbc;
  }

  private void captureLogs() {
    appender.start();
    root().addAppender(appender);
    for (String name : List.of("io.pulse", "org.springframework.web", "org.springframework.jdbc")) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.DEBUG);
    }
  }

  private void releaseLogs() {
    root().detachAppender(appender);
    levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static String text(int i) {
    String pii = PLANTED.get(i % PLANTED.size());
    return "Terrible service, contact me at " + pii + " today";
  }

  private static String item(String id, String channel, String text) {
    return ("{\"externalId\":\"%s\",\"channel\":\"%s\",\"timestamp\":\"2025-03-05T10:00:00Z\","
            + "\"customer\":\"%s\",\"text\":\"%s\"}")
        .formatted(id, channel, RAW_CUSTOMER, text);
  }

  /** Sends the corpus and asserts that no planted value is stored or logged. */
  void sendAndVerify() throws Exception {
    captureLogs();
    try {
      send();
    } finally {
      releaseLogs();
    }
    verify();
  }

  private void send() throws Exception {
    String p = ServerTestSupport.unique("pii");
    for (int i = 0; i < PLANTED.size(); i++) {
      send(
              "/api/v1/interactions?wait=PT30S", // scored before the logs are read
              MediaType.APPLICATION_JSON_VALUE,
              item(p + "-s" + i, "email", text(i)))
          .andExpect(status().isCreated());
    }
    // rejected items (unknown channel, over-long text) and malformed JSON quoting personal data
    send("/api/v1/interactions", MediaType.APPLICATION_JSON_VALUE, item(p + "-bad", "fax", text(0)))
        .andExpect(status().isBadRequest());
    send(
            "/api/v1/interactions",
            MediaType.APPLICATION_JSON_VALUE,
            item(p + "-long", "email", text(1) + "x".repeat(3000)))
        .andExpect(status().isBadRequest());
    send(
            "/api/v1/interactions",
            MediaType.APPLICATION_JSON_VALUE,
            "{\"text\": " + PLANTED.get(0) + "}")
        .andExpect(status().isBadRequest());
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < PLANTED.size(); i++) {
      ndjson.append(item(p + "-n" + i, "chat", text(i))).append('\n');
    }
    ndjson.append("{\"text\": ").append(PLANTED.get(2)).append("}\n");
    send("/api/v1/interactions/bulk?wait=PT30S", "application/x-ndjson", ndjson.toString())
        .andExpect(status().isOk());
    StringBuilder csv = new StringBuilder("id,when,who,body\n");
    for (int i = 0; i < PLANTED.size(); i++) {
      csv.append(p)
          .append("-c")
          .append(i)
          .append(",2025-03-05T10:00:00Z,")
          .append(RAW_CUSTOMER)
          .append(",\"")
          .append(text(i))
          .append("\"\n");
    }
    mvc.perform(
            post("/api/v1/interactions/csv?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("text/csv")
                .param("externalId", "id")
                .param("timestamp", "when")
                .param("customer", "who")
                .param("text", "body")
                .param("defaultChannel", "review")
                .content(csv.toString()))
        .andExpect(status().isOk());
  }

  private void verify() {
    List<String> stored = allStoredText();
    assertThat(stored).as("stored rows").hasSizeGreaterThanOrEqualTo(3 * PLANTED.size());
    List<String> logLines = new ArrayList<>();
    assertThat(appender.list).as("captured log events").isNotEmpty();
    for (ILoggingEvent event : appender.list) {
      logLines.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        logLines.add(t.getMessage());
      }
    }
    for (String pii : forms()) {
      assertThat(stored).as("database").noneMatch(value -> value.contains(pii));
      assertThat(logLines).as("logs").noneMatch(line -> line != null && line.contains(pii));
    }
    assertThat(String.join("\n", stored))
        .contains("[EMAIL]")
        .contains("[PHONE]")
        .contains("[CARD]")
        .contains("[IBAN]");
  }

  /** Every planted value as written and with separators removed. */
  private static List<String> forms() {
    List<String> forms = new ArrayList<>(List.of(RAW_CUSTOMER, "kari.nordmann"));
    for (String pii : PLANTED) {
      forms.add(pii);
      if (!pii.contains("@")) {
        forms.add(pii.replaceAll("[^0-9A-Z]", ""));
      }
    }
    return forms;
  }

  /** Every value of every character column of the Pulse tables. */
  private List<String> allStoredText() {
    List<String> values = new ArrayList<>();
    for (String table : List.of("interactions", "scores")) {
      List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM " + table).query().listOfRows();
      for (Map<String, Object> row : rows) {
        for (Object value : row.values()) {
          if (value instanceof String s) {
            values.add(s);
          }
        }
      }
    }
    return values;
  }

  private org.springframework.test.web.servlet.ResultActions send(
      String path, String type, String body) throws Exception {
    return mvc.perform(
        post(path).with(httpBasic("ingest", "ingest-pw")).contentType(type).content(body));
  }
}
