package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.pulse.server.ServerTestSupport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test helper: plants over 300 personal values of 19 kinds, in English and Norwegian (national ids,
 * IP addresses, phones in running text, addresses, names in introductions, sign-offs and by the
 * gazetteer, e-mails, cards, IBANs, URL tokens, raw customer references, and personal data in
 * external ids, conversation ids, products and tags) in interactions sent through every ingest path
 * (single, NDJSON, CSV; valid and invalid), and proves none of them reaches any column of any
 * table, any API answer or any log line; ordinary order and invoice numbers in the same messages
 * stay readable (at most 2% redacted). Runs on H2 and PostgreSQL.
 */
final class PiiCorpus {

  static final int MESSAGES = 150;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Map<String, Level> levels = new HashMap<>();
  private final List<String> answers = new ArrayList<>();
  private final List<PiiValues.Planted> planted = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();
  private final Set<String> references = new LinkedHashSet<>();

  PiiCorpus(MockMvc mvc, JdbcClient jdbc, DataSource dataSource) {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /** Sends the corpus and asserts that no planted value is stored, answered or logged. */
  void sendAndVerify() throws Exception {
    captureLogs();
    try {
      send();
      readBack();
    } finally {
      releaseLogs();
    }
    verify();
  }

  private void send() throws Exception {
    String p = ServerTestSupport.unique("pii");
    List<PiiValues.Message> messages = new PiiValues(20261206L).messages(MESSAGES);
    List<ObjectNode> single = new ArrayList<>();
    StringBuilder ndjson = new StringBuilder();
    StringBuilder csv = new StringBuilder("id,when,who,body\n");
    for (int i = 0; i < messages.size(); i++) {
      PiiValues.Message m = messages.get(i);
      planted.addAll(m.planted());
      kept.addAll(m.kept());
      String reference = "customer-" + p + "-" + i + "@example.org";
      references.add(reference);
      planted.add(new PiiValues.Planted("customer-reference", reference));
      ObjectNode item = item(p + "-" + i, m.text(), reference);
      if (i % 10 == 3) {
        // personal data in identifiers and labels
        String email = "ext." + p + "." + i + "@example.com";
        planted.add(new PiiValues.Planted("external-id-email", email));
        item.put("externalId", email);
        String card =
            m.planted().stream()
                .filter(v -> v.kind().equals("card"))
                .map(PiiValues.Planted::value)
                .findFirst()
                .orElse(null);
        if (card != null) {
          item.putArray("tags").add("vip").add(card);
        }
        String phone = "+47 " + (400 + i) + " 12 " + (100 + i);
        planted.add(new PiiValues.Planted("product-phone", phone));
        item.put("product", "router " + phone);
        String nationalId =
            m.planted().stream()
                .filter(v -> v.kind().equals("fodselsnummer"))
                .map(PiiValues.Planted::value)
                .findFirst()
                .orElse(null);
        if (nationalId != null) {
          item.put("conversationId", nationalId);
        }
      }
      switch (i % 3) {
        case 0 -> single.add(item);
        case 1 -> ndjson.append(JSON.writeValueAsString(item)).append('\n');
        default ->
            csv.append(item.path("externalId").asString())
                .append(",2025-03-05T10:00:00Z,")
                .append(reference)
                .append(",\"")
                .append(m.text().replace("\"", "\"\""))
                .append("\"\n");
      }
    }
    for (ObjectNode item : single) {
      answers.add(
          send(
                  "/api/v1/interactions?wait=PT30S",
                  MediaType.APPLICATION_JSON_VALUE,
                  JSON.writeValueAsString(item))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString());
    }
    String first = JSON.writeValueAsString(single.getFirst());
    // rejected items (unknown channel, over-long text) and malformed JSON quoting personal data
    ObjectNode fax = single.get(1).deepCopy();
    fax.put("channel", "fax");
    fax.put("externalId", p + "-bad");
    answers.add(
        send("/api/v1/interactions", MediaType.APPLICATION_JSON_VALUE, JSON.writeValueAsString(fax))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString());
    ObjectNode tooLong = single.get(2).deepCopy();
    tooLong.put("externalId", p + "-long");
    tooLong.put("text", tooLong.path("text").asString() + "x".repeat(3000));
    answers.add(
        send(
                "/api/v1/interactions",
                MediaType.APPLICATION_JSON_VALUE,
                JSON.writeValueAsString(tooLong))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString());
    answers.add(
        send(
                "/api/v1/interactions",
                MediaType.APPLICATION_JSON_VALUE,
                "{\"text\": " + planted.getFirst().value() + "}")
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString());
    // the same item again: a duplicate answer names the stored external id only
    answers.add(
        send("/api/v1/interactions", MediaType.APPLICATION_JSON_VALUE, first)
            .andReturn()
            .getResponse()
            .getContentAsString());
    ndjson.append("{\"text\": ").append(planted.get(1).value()).append("}\n");
    answers.add(
        send("/api/v1/interactions/bulk?wait=PT30S", "application/x-ndjson", ndjson.toString())
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
    answers.add(
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
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** What the API answers about the stored interactions, to every role that reads them. */
  private void readBack() throws Exception {
    for (int page = 0; page < 4; page++) {
      answers.add(read("/api/v1/interactions?size=500&page=" + page, "admin"));
    }
    answers.add(read("/api/v1/dashboard/customers?limit=500", "analyst"));
    answers.add(read("/api/v1/dashboard/values?dimension=product&limit=500", "agent"));
    answers.add(read("/api/v1/alerts?size=500", "agent"));
    answers.add(read("/api/v1/audit?size=1000", "dpo"));
  }

  private String read(String path, String user) throws Exception {
    return mvc.perform(get(path).with(httpBasic(user, user + "-pw")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private void verify() throws Exception {
    List<String> stored = allStoredText();
    assertThat(planted.size()).as("planted values").isGreaterThanOrEqualTo(300);
    assertThat(planted.stream().map(PiiValues.Planted::kind).distinct().count())
        .as("kinds")
        .isGreaterThanOrEqualTo(11);
    assertThat(planted.stream().map(PiiValues.Planted::kind))
        .contains("fodselsnummer", "d-number", "name-gazetteer", "ipv6");
    List<String> logLines = new ArrayList<>();
    assertThat(appender.list).as("captured log events").isNotEmpty();
    for (ILoggingEvent event : appender.list) {
      logLines.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        logLines.add(t.getMessage());
      }
    }
    String database = String.join("\n", stored);
    String api = String.join("\n", answers);
    String logs = String.join("\n", logLines.stream().map(String::valueOf).toList());
    Map<String, List<String>> leaks = new LinkedHashMap<>();
    for (PiiValues.Planted value : planted) {
      for (String form : forms(value)) {
        if (contains(database, form)) {
          leaks.computeIfAbsent("database", k -> new ArrayList<>()).add(value.kind() + " " + form);
        }
        if (contains(api, form)) {
          leaks.computeIfAbsent("api", k -> new ArrayList<>()).add(value.kind() + " " + form);
        }
        if (contains(logs, form)) {
          leaks.computeIfAbsent("logs", k -> new ArrayList<>()).add(value.kind() + " " + form);
        }
      }
    }
    assertThat(leaks).as("planted values found").isEmpty();
    assertThat(database)
        .contains("[NATIONAL_ID]", "[IP_ADDRESS]", "[PERSON_NAME]", "[ADDRESS]", "[PHONE]");
    List<String> lostNumbers = kept.stream().filter(number -> !database.contains(number)).toList();
    long lost = lostNumbers.size();
    assertThat((double) lost / kept.size())
        .as(
            "share of business numbers redacted (%d of %d, e.g. %s)",
            lost, kept.size(), lostNumbers.subList(0, (int) Math.min(5, lost)))
        .isLessThanOrEqualTo(0.02);
  }

  /** A value as written and, for numbers, with separators removed. */
  private static List<String> forms(PiiValues.Planted value) {
    List<String> forms = new ArrayList<>(List.of(value.value()));
    String v = value.value();
    if (!v.contains("@")
        && !v.contains(":")
        && !v.contains("/")
        && v.chars().filter(Character::isDigit).count() >= 7) {
      forms.add(v.replaceAll("[^0-9A-Z]", ""));
    }
    return forms;
  }

  private static boolean contains(String haystack, String needle) {
    return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static ObjectNode item(String id, String text, String customer) {
    ObjectNode item = JSON.createObjectNode();
    item.put("externalId", id);
    item.put("channel", "email");
    item.put("timestamp", "2025-03-05T10:00:00Z");
    item.put("customer", customer);
    item.put("text", text);
    return item;
  }

  /** Every character value of every table of the schema. */
  private List<String> allStoredText() throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    List<String> values = new ArrayList<>();
    for (String table : tables) {
      for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
        for (Object value : row.values()) {
          if (value instanceof String s) {
            values.add(s);
          }
        }
      }
    }
    return values;
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

  private ResultActions send(String path, String type, String body) throws Exception {
    return mvc.perform(
        post(path).with(httpBasic("ingest", "ingest-pw")).contentType(type).content(body));
  }
}
