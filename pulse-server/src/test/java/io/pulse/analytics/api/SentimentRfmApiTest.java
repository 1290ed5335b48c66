package io.pulse.analytics.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Five customers whose RFM (reference date 2024-06-30) and stored sentiment are known:
 *
 * <pre>
 * customer  recency invoices spend  R F  segment         sentiment March -> May
 * A         1       5        500    5 4  champions       +0.6 -> -0.75 (turning negative)
 * B         3       4        100    4 3  pot. loyalists  0 -> -0.75 (not a valuable segment)
 * C         5       3         50    3 2  about to sleep  0 -> 0
 * D         7       6        800    2 5  can't lose      +0.6 -> +0.6
 * E         9       1         10    1 1  hibernating     -0.75 -> +0.6 (negative to positive)
 * </pre>
 */
class SentimentRfmApiTest extends H2ServerTest {

  static final String POSITIVE = "great thanks";
  static final String NEGATIVE = "terrible and late";
  static final String NEUTRAL = "it is ok";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private String prefix;
  private String csv;

  @BeforeEach
  void seed() throws Exception {
    prefix = ServerTestSupport.unique("RFM");
    StringBuilder transactions =
        new StringBuilder("InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n");
    StringBuilder interactions = new StringBuilder();
    Object[][] customers = {
      {"A", 1, 5, 500.0, POSITIVE, NEGATIVE},
      {"B", 3, 4, 100.0, NEUTRAL, NEGATIVE},
      {"C", 5, 3, 50.0, NEUTRAL, NEUTRAL},
      {"D", 7, 6, 800.0, POSITIVE, POSITIVE},
      {"E", 9, 1, 10.0, NEGATIVE, POSITIVE}
    };
    LocalDate reference = LocalDate.of(2024, 6, 30);
    int invoice = 1;
    for (Object[] c : customers) {
      String id = prefix + "-" + c[0];
      int invoices = (int) c[2];
      for (int i = 0; i < invoices; i++) {
        LocalDate day = reference.minusDays((int) c[1] + 10L * i);
        transactions.append(
            String.format(
                Locale.ROOT,
                "%d,1,%s 10:00,%.4f,%s%n",
                invoice++,
                day,
                (double) c[3] / invoices,
                id));
      }
      String[][] said = {
        {"2025-03-01T09:00:00Z", (String) c[4]},
        {"2025-03-05T09:00:00Z", (String) c[4]},
        {"2025-05-25T09:00:00Z", (String) c[5]},
        {"2025-05-28T09:00:00Z", (String) c[5]}
      };
      for (int i = 0; i < said.length; i++) {
        interactions.append(
            "{\"externalId\":\"%s-%d\",\"channel\":\"email\",\"timestamp\":\"%s\",\"customer\":\"%s\",\"text\":\"%s\"}\n"
                .formatted(id, i, said[i][0], id, said[i][1]));
      }
    }
    csv = transactions.toString();
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(interactions.toString()))
        .andExpect(jsonPath("$.created").value(20));
  }

  private ResultActions join(String query) throws Exception {
    return mvc.perform(
        post("/api/v1/analytics/sentiment-rfm" + query)
            .with(httpBasic("analyst", "analyst-pw"))
            .contentType("text/csv")
            .content(csv));
  }

  private String pseudonym(String customer) throws Exception {
    String answer =
        mvc.perform(
                post("/api/v1/customers/pseudonym")
                    .with(httpBasic("dpo", "dpo-pw"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"customer\":\"" + prefix + "-" + customer + "\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("customer").asString();
  }

  @Test
  void valuableCustomerTurningNegativeIsListedUnderItsPseudonym() throws Exception {
    join("?asOf=2025-05-31T00:00:00Z")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.referenceDate").value("2024-06-30"))
        .andExpect(jsonPath("$.customers").value(5))
        .andExpect(jsonPath("$.customersWithSentiment").value(5))
        .andExpect(jsonPath("$.observations").value(20))
        .andExpect(jsonPath("$.asOf").value("2025-05-31T00:00:00Z"))
        .andExpect(jsonPath("$.valuableTurningNegative", hasSize(1)))
        .andExpect(jsonPath("$.valuableTurningNegative[0].customerKey").value(pseudonym("A")))
        .andExpect(jsonPath("$.valuableTurningNegative[0].segment").value("champions"))
        .andExpect(
            jsonPath("$.valuableTurningNegative[0].earlierMean", closeTo(0.6, 1e-6), Double.class))
        .andExpect(
            jsonPath("$.valuableTurningNegative[0].recentMean", closeTo(-0.75, 1e-6), Double.class))
        .andExpect(
            jsonPath("$.valuableTurningNegative[0].monetary", closeTo(500, 1e-6), Double.class));
  }

  @Test
  void correlationChurnRiskAndKpisCoverTheJoinedCustomers() throws Exception {
    join("?limit=3")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sentimentRevenue.n").value(5))
        .andExpect(jsonPath("$.sentimentRevenue.confidence").value(0.95))
        .andExpect(jsonPath("$.sentimentRevenueNote").value(nullValue()))
        // E: (5 - 1) / 4 * 0.35 = 0.35, ahead of B: 0.35 / 4 + 0.25 * 0.75 + 0.15 * 0.375.
        .andExpect(jsonPath("$.churnRisk", hasSize(3)))
        .andExpect(jsonPath("$.churnRisk[0].customerKey").value(pseudonym("E")))
        .andExpect(jsonPath("$.churnRisk[0].risk", closeTo(0.35, 1e-9), Double.class))
        .andExpect(jsonPath("$.churnRisk[1].customerKey").value(pseudonym("B")))
        .andExpect(jsonPath("$.churnRisk[1].risk", closeTo(0.33125, 1e-6), Double.class))
        .andExpect(jsonPath("$.sentimentByMonth", hasSize(2)))
        .andExpect(jsonPath("$.sentimentByMonth[0].periodStart").value("2025-03-01"))
        .andExpect(jsonPath("$.negativeToPositive.customers").value(5))
        .andExpect(jsonPath("$.negativeToPositive.startedNegative").value(1))
        .andExpect(jsonPath("$.negativeToPositive.endedPositive").value(1));
  }

  @Test
  void badTrendParametersAreNamed() throws Exception {
    join("?recentDays=0")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("recentDays"));
    join("?asOf=yesterday")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("asOf"));
    mvc.perform(
            get("/api/v1/analytics/sentiment-rfm?confidence=2")
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("confidence"));
  }
}
