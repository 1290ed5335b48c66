package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request mapping that returns message text writes an audit row: each GET endpoint is called
 * with values that find a customer whose messages carry a unique word; wherever the word comes
 * back, the call must have added a row to the audit trail (and the trail itself never holds the
 * word). Analysts get the word from no endpoint at all.
 */
class TextAuditTest extends H2ServerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void everyEndpointThatReturnsMessageTextWritesAnAuditRowAndAnalystsGetNoText() throws Exception {
    String reference = ServerTestSupport.unique("audited");
    String product = ServerTestSupport.unique("prod");
    String word = "plantedword" + ServerTestSupport.unique("x").substring(2, 8);
    Instant at = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.DAYS);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      body.append(
          """
          {"externalId":"%s-%d","channel":"chat","timestamp":"%s","customer":"%s",\
          "product":"%s","text":"The %s is great, but support was terrible and slow"}
          """
              .formatted(reference, i, at.plus(i, ChronoUnit.MINUTES), reference, product, word));
    }
    String report =
        mvc.perform(
                post("/api/v1/interactions/bulk?wait=PT30S")
                    .with(httpBasic("ingest", "ingest-pw"))
                    .contentType("application/x-ndjson")
                    .content(body.toString()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JSON.readTree(report).path("items").path(0).path("id").asString();
    String pseudonym =
        JSON.readTree(
                mvc.perform(
                        post("/api/v1/customers/pseudonym")
                            .with(httpBasic("dpo", "dpo-pw"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"customer\":\"" + reference + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .path("customer")
            .asString();
    Map<String, String> values = new LinkedHashMap<>(SampleValues.seed(mvc));
    values.put("id", id);
    values.put("interactionId", id);
    values.put("pseudonym", pseudonym);
    values.put("reference", reference);
    values.put("dimension", "product");
    values.put("value", product);
    values.put("customer", pseudonym);

    List<String> textEndpoints = new ArrayList<>();
    List<String> unaudited = new ArrayList<>();
    List<String> analystText = new ArrayList<>();
    for (Endpoints.Endpoint endpoint : Endpoints.all(context, "GET")) {
      long before = auditRows();
      String answer = call(endpoint, values, "admin");
      if (answer == null) {
        answer = call(endpoint, values, "dpo");
      }
      if (answer != null && answer.contains(word)) {
        textEndpoints.add(endpoint.toString());
        if (auditRows() <= before) {
          unaudited.add(endpoint.toString());
        }
      }
      String analyst = call(endpoint, values, "analyst");
      if (analyst != null && analyst.contains(word)) {
        analystText.add(endpoint.toString());
      }
    }
    assertThat(unaudited).as("endpoints that returned message text without an audit row").isEmpty();
    assertThat(textEndpoints)
        .as("endpoints that returned message text")
        .contains(
            "GET /api/v1/interactions",
            "GET /api/v1/interactions/{id}",
            "GET /api/v1/customers/{pseudonym}/timeline",
            "GET /api/v1/dashboard/drilldown",
            "GET /api/v1/customers/{reference}/export");
    assertThat(analystText).as("endpoints that showed an analyst message text").isEmpty();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE detail LIKE :w OR target LIKE :w")
                .param("w", "%" + word + "%")
                .query(Long.class)
                .single())
        .as("audit rows holding message text")
        .isZero();
  }

  private long auditRows() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
  }

  /** The answer of a GET, or null when the user may not call it. */
  private String call(Endpoints.Endpoint endpoint, Map<String, String> values, String user)
      throws Exception {
    MockHttpServletRequestBuilder builder = get(endpoint.path(values));
    for (String name : endpoint.requiredParameters()) {
      builder.param(name, SampleValues.of(values, endpoint, name));
    }
    if (endpoint.queryParameters().contains("customer")) {
      builder.param("customer", values.get("customer"));
    }
    var response =
        mvc.perform(builder.with(httpBasic(user, user + "-pw"))).andReturn().getResponse();
    if (response.getStatus() == 401 || response.getStatus() == 403) {
      return null;
    }
    return response.getContentAsString();
  }
}
