package io.pulse.interactions;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

class QueryApiTest extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private String product;
  private String pseudonym;

  /** Five interactions of one product: Mon 3 Mar and Tue 4 Mar (week 10), Mon 10 Mar (week 11). */
  @BeforeEach
  void seed() throws Exception {
    product = ServerTestSupport.unique("prod");
    String customer = ServerTestSupport.unique("CUST");
    String[][] rows = {
      {"2025-03-03T09:00:00Z", "email", "great thanks"},
      {"2025-03-03T12:00:00Z", "chat", "terrible and late"},
      {"2025-03-04T09:00:00Z", "email", "it is ok"},
      {"2025-03-10T09:00:00Z", "chat", "worst ever"},
      {"2025-03-10T10:00:00Z", "email", "love it"}
    };
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      body.append(
              "{\"externalId\":\"%s-%d\",\"channel\":\"%s\",\"timestamp\":\"%s\",\"customer\":\"%s\",\"product\":\"%s\",\"text\":\"%s\"}"
                  .formatted(product, i, rows[i][1], rows[i][0], customer, product, rows[i][2]))
          .append('\n');
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.created").value(5));
    String answer =
        mvc.perform(
                post("/api/v1/customers/pseudonym")
                    .with(httpBasic("agent", "agent-pw"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"customer\":\"" + customer + "\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    pseudonym = json.readTree(answer).get("customer").asString();
  }

  private ResultActions query(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("agent", "agent-pw")));
  }

  @Test
  void listFiltersByProductAndPaginatesNewestFirst() throws Exception {
    query("/api/v1/interactions?product=" + product + "&size=2")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(5))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].occurredAt").value("2025-03-10T10:00:00Z"))
        .andExpect(jsonPath("$.items[0].customer").value(pseudonym))
        .andExpect(jsonPath("$.items[0].score.label").value("positive"))
        .andExpect(jsonPath("$.next").value(containsString("page=1")));
    query("/api/v1/interactions?product=" + product + "&size=2&page=2")
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.next").doesNotExist());
  }

  @Test
  void listFiltersByChannelLabelScoreAndTime() throws Exception {
    query("/api/v1/interactions?product=" + product + "&channel=chat")
        .andExpect(jsonPath("$.total").value(2));
    query("/api/v1/interactions?product=" + product + "&label=negative")
        .andExpect(jsonPath("$.total").value(2));
    query("/api/v1/interactions?product=" + product + "&minScore=0.5")
        .andExpect(jsonPath("$.total").value(2));
    query("/api/v1/interactions?product=" + product + "&maxScore=-0.5")
        .andExpect(jsonPath("$.total").value(2));
    query(
            "/api/v1/interactions?product="
                + product
                + "&from=2025-03-03T10:00:00Z&to=2025-03-10T09:30:00Z")
        .andExpect(jsonPath("$.total").value(3));
    query("/api/v1/interactions?customer=" + pseudonym).andExpect(jsonPath("$.total").value(5));
  }

  @Test
  void timelineListsACustomersInteractionsOldestFirst() throws Exception {
    query("/api/v1/customers/" + pseudonym + "/timeline")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(5))
        .andExpect(jsonPath("$.items[0].occurredAt").value("2025-03-03T09:00:00Z"))
        .andExpect(jsonPath("$.items[4].occurredAt").value("2025-03-10T10:00:00Z"));
  }

  @Test
  void aggregatesByDayWeekAndChannel() throws Exception {
    query("/api/v1/aggregates?interval=day&product=" + product)
        .andExpect(jsonPath("$", hasSize(3)))
        .andExpect(jsonPath("$[0].period").value("2025-03-03"))
        .andExpect(jsonPath("$[0].count").value(2))
        .andExpect(jsonPath("$[0].shareNegative").value(0.5));
    query("/api/v1/aggregates?interval=week&product=" + product)
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].period").value("2025-03-03"))
        .andExpect(jsonPath("$[0].count").value(3))
        .andExpect(jsonPath("$[1].period").value("2025-03-10"))
        .andExpect(jsonPath("$[1].count").value(2))
        .andExpect(jsonPath("$[1].meanScore", closeTo(-0.075, 1e-4), Double.class));
    query("/api/v1/aggregates?interval=all&by=channel&product=" + product)
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[?(@.group == 'chat')].count").value(2))
        .andExpect(jsonPath("$[?(@.group == 'chat')].shareNegative").value(1.0))
        .andExpect(jsonPath("$[?(@.group == 'email')].count").value(3));
    query("/api/v1/aggregates?interval=all&by=product&product=" + product)
        .andExpect(jsonPath("$[0].group").value(product));
  }

  @Test
  void interactionByIdAndUnknownId() throws Exception {
    String page =
        query("/api/v1/interactions?product=" + product + "&size=1")
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(page).at("/items/0/id").asLong();
    query("/api/v1/interactions/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.product").value(product));
    query("/api/v1/interactions/999999999")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Not found"));
  }

  @Test
  void invalidQueryParametersNameParameterAndValue() throws Exception {
    query("/api/v1/interactions?channel=fax")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("channel"))
        .andExpect(jsonPath("$.value").value("fax"));
    query("/api/v1/interactions?minScore=abc")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("minScore"))
        .andExpect(jsonPath("$.value").value("abc"));
    query("/api/v1/interactions?minScore=2")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("minScore"));
    query("/api/v1/interactions?from=yesterday")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("from"));
    query("/api/v1/interactions?size=5000")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));
    query("/api/v1/interactions?label=angry")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("label"));
    query("/api/v1/customers/not-a-pseudonym/timeline")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("pseudonym"));
    query("/api/v1/aggregates?interval=month")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("interval"))
        .andExpect(jsonPath("$.detail").value(matchesPattern(".*day\\|week\\|all.*")));
  }
}
