package io.pulse.insight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.FakeScorer;
import io.pulse.server.ServerTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue-8 storage and API checks, run against H2 and PostgreSQL (fake English scorer). */
final class InsightChecks {

  private static final String RANGE = "from=2019-03-01T00:00:00Z&to=2019-04-01T00:00:00Z";

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  InsightChecks(MockMvc mvc, JdbcClient jdbc, JsonMapper json) {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.json = json;
  }

  void storesLanguageMixedAspectsAndLeavesUnsupportedLanguagesUnscored() throws Exception {
    String product = ServerTestSupport.unique("ins");
    Map<String, Long> ids =
        ingest(
            product,
            new String[][] {
              {
                "mixed",
                "2019-03-04T09:00:00Z",
                "The product is great, but support is terrible and late"
              },
              {
                "de",
                "2019-03-04T10:00:00Z",
                "Der Kundendienst war sehr freundlich und hat mir schnell geholfen"
              },
              {
                "es",
                "2019-03-05T10:00:00Z",
                "El servicio al cliente fue muy amable y resolvió mi problema rápidamente"
              },
              {
                "no",
                "2019-03-05T11:00:00Z",
                "Leveringen var veldig treg og kundeservicen svarte aldri på e-posten min"
              },
              {"w1", "2019-03-06T09:00:00Z", "The delivery was late and the support was terrible"},
              {
                "w2",
                "2019-03-13T09:00:00Z",
                "Late delivery again and terrible support on the phone"
              },
              {"w3", "2019-03-20T09:00:00Z", "Great delivery this time, thanks a lot"},
              {"bp1", "2019-03-20T10:00:00Z", "My boarding pass shows the wrong seat number"},
              {"bp2", "2019-03-20T11:00:00Z", "Could you resend the boarding pass for tomorrow"},
            });

    JsonNode mixed = interaction(ids.get("mixed"));
    assertThat(mixed.get("detectedLanguage").asString()).isEqualTo("en");
    assertThat(mixed.get("scoring").asString()).isEqualTo("scored");
    assertThat(mixed.get("score").get("scoredBy").asString()).isEqualTo("model");
    assertThat(mixed.get("mixed").asBoolean()).isTrue();
    assertThat(mixed.get("mixedParts")).hasSize(2);
    assertThat(mixed.get("mixedParts").get(0).get("text").asString())
        .isEqualTo("The product is great,");
    assertThat(mixed.get("mixedParts").get(0).get("score").asDouble()).isGreaterThan(0.5);
    assertThat(mixed.get("mixedParts").get(1).get("score").asDouble()).isLessThan(-0.5);
    Map<String, Double> aspects = new HashMap<>();
    mixed
        .get("aspects")
        .forEach(a -> aspects.put(a.get("aspect").asString(), a.get("score").asDouble()));
    assertThat(aspects.get("product_quality")).isGreaterThan(0.5);
    assertThat(aspects.get("staff")).isLessThan(-0.5);

    for (String language : new String[] {"de", "es"}) {
      JsonNode unscored = interaction(ids.get(language));
      assertThat(unscored.get("detectedLanguage").asString()).isEqualTo(language);
      assertThat(unscored.get("scoring").asString()).isEqualTo("unscored");
      assertThat(unscored.get("unscoredReason").asString()).isEqualTo("unsupported language");
      assertThat(unscored.has("score")).isFalse();
      assertThat(scoreRows(ids.get(language))).isZero();
    }
    JsonNode norwegian = interaction(ids.get("no"));
    assertThat(norwegian.get("detectedLanguage").asString()).isEqualTo("no");
    // No Norwegian model in the test context: the lexicon scores it and flags it.
    assertThat(norwegian.get("score").get("scoredBy").asString()).isEqualTo("fallback");
    assertThat(norwegian.get("score").get("modelVersion").asString()).isEqualTo("lexicon-1");
    assertThat(norwegian.get("aspects").findValuesAsString("aspect"))
        .containsExactly("delivery", "staff");

    // Lists show unscored interactions; aggregates (and alerts, analytics) skip them.
    assertThat(get("/api/v1/interactions?product=" + product).get("total").asLong()).isEqualTo(9);
    assertThat(
            get("/api/v1/aggregates?interval=all&product=" + product).get(0).get("count").asLong())
        .isEqualTo(7);

    JsonNode weekly = get("/api/v1/aspects?" + RANGE);
    JsonNode delivery = find(weekly, "2019-03-11", "delivery");
    assertThat(delivery.get("count").asLong()).isEqualTo(1);
    assertThat(delivery.get("meanScore").asDouble()).isLessThan(-0.5);
    assertThat(delivery.get("negativeShare").asDouble()).isEqualTo(1.0);
    assertThat(delivery.get("name").asString()).isEqualTo("Delivery");

    JsonNode pairs = get("/api/v1/aspects/co-occurrence?" + RANGE);
    JsonNode pair = null;
    for (JsonNode p : pairs) {
      if (p.get("first").asString().equals("delivery")
          && p.get("second").asString().equals("staff")) {
        pair = p;
      }
    }
    assertThat(pair).isNotNull();
    // w1, w2 and the Norwegian message ("leveringen ... kundeservicen"), all negative about both.
    assertThat(pair.get("together").asLong()).isEqualTo(3);
    assertThat(pair.get("bothNegative").asLong()).isEqualTo(3);
    assertThat(pair.get("weeks").asInt()).isEqualTo(3);

    JsonNode phrases = get("/api/v1/aspects/discovered?minMessages=2&" + RANGE);
    assertThat(phrases.get(0).get("phrase").asString()).isEqualTo("boarding pass");
    assertThat(phrases.get(0).get("messages").asInt()).isEqualTo(2);

    JsonNode explained = get("/api/v1/interactions/" + ids.get("mixed") + "/explanation?limit=3");
    assertThat(explained.get("explanation").get("language").asString()).isEqualTo("en");
    assertThat(explained.get("explanation").get("source").asString()).isEqualTo(FakeScorer.VERSION);
    JsonNode german = get("/api/v1/interactions/" + ids.get("de") + "/explanation");
    assertThat(german.get("explanation").get("unscoredReason").asString())
        .isEqualTo("unsupported language");
  }

  void fallbackScoresAreFlaggedAndMovedToTheModelByTheRescoreJob() throws Exception {
    String product = ServerTestSupport.unique("fb");
    Map<String, Long> ids;
    FakeScorer.FAILING.set(true);
    try {
      ids =
          ingest(
              product,
              new String[][] {
                {"a", "2019-06-03T09:00:00Z", "The staff were terrible and the delivery was late"},
                {"b", "2019-06-03T10:00:00Z", "Great app, thanks for the quick help"},
              });
      JsonNode flagged = interaction(ids.get("a"));
      assertThat(flagged.get("score").get("scoredBy").asString()).isEqualTo("fallback");
      assertThat(flagged.get("score").get("modelVersion").asString()).isEqualTo("lexicon-1");
      assertThat(flagged.get("score").get("label").asString()).isEqualTo("negative");
      JsonNode stillDown = rescore();
      assertThat(stillDown.get("rescored").asInt()).isZero();
      assertThat(stillDown.get("stillFallback").asLong()).isGreaterThanOrEqualTo(2);
    } finally {
      FakeScorer.FAILING.set(false);
    }
    JsonNode report = rescore();
    assertThat(report.get("rescored").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(report.get("modelVersion").asString()).isEqualTo(FakeScorer.VERSION);
    for (long id : ids.values()) {
      JsonNode now = interaction(id);
      assertThat(now.get("score").get("scoredBy").asString()).isEqualTo("model");
      assertThat(now.get("score").get("modelVersion").asString()).isEqualTo(FakeScorer.VERSION);
      assertThat(scoreRows(id)).isEqualTo(2); // the fallback row stays as history
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM scores WHERE interaction_id = :id AND is_current = TRUE")
                  .param("id", id)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
    assertThat(interaction(ids.get("a")).get("aspects")).hasSize(2);
    mvc.perform(
            post("/api/v1/interactions/rescore-fallback").with(httpBasic("ingest", "ingest-pw")))
        .andExpect(status().isForbidden());
  }

  private JsonNode rescore() throws Exception {
    return json.readTree(
        mvc.perform(
                post("/api/v1/interactions/rescore-fallback").with(httpBasic("admin", "admin-pw")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Map<String, Long> ingest(String product, String[][] rows) throws Exception {
    StringBuilder body = new StringBuilder();
    for (String[] row : rows) {
      body.append(
              json.writeValueAsString(
                  Map.of(
                      "externalId",
                      product + "-" + row[0],
                      "channel",
                      "email",
                      "timestamp",
                      row[1],
                      "customer",
                      "CUST-" + product,
                      "product",
                      product,
                      "text",
                      row[2])))
          .append('\n');
    }
    JsonNode report =
        json.readTree(
            mvc.perform(
                    post("/api/v1/interactions/bulk?wait=PT30S")
                        .with(httpBasic("ingest", "ingest-pw"))
                        .contentType("application/x-ndjson")
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(report.get("created").asInt()).isEqualTo(rows.length);
    Map<String, Long> ids = new HashMap<>();
    for (JsonNode item : report.get("items")) {
      ids.put(
          item.get("externalId").asString().substring(product.length() + 1),
          item.get("id").asLong());
    }
    return ids;
  }

  private JsonNode interaction(long id) throws Exception {
    return get("/api/v1/interactions/" + id);
  }

  private JsonNode get(String path) throws Exception {
    return json.readTree(
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .with(httpBasic("agent", "agent-pw")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private long scoreRows(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM scores WHERE interaction_id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private static JsonNode find(JsonNode rows, String week, String aspect) {
    for (JsonNode row : rows) {
      if (row.get("week").asString().equals(week) && row.get("aspect").asString().equals(aspect)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + aspect + " in week " + week + ": " + rows);
  }
}
