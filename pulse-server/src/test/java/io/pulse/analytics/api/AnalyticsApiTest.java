package io.pulse.analytics.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

class AnalyticsApiTest extends H2ServerTest {

  /**
   * Hand-computed, reference date 2011-03-05: P-100 recency 1, 2 invoices, 5.25 (R5 F5 M3,
   * champions); P-200 recency 32, 1 invoice, 3.00 (R1 F1 M1, hibernating); P-300 recency 2, 1
   * invoice, 9.00 (R3 F3 M5, need attention). One cancellation and one row without customer.
   */
  static final String CSV =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
          + "1001,A,\"WIDGET, RED\",2,2011-01-05 10:00,1.50,P-100,United Kingdom\n"
          + "C1002,A,WIDGET,-1,2011-01-06 09:00,1.50,P-100,United Kingdom\n"
          + "1003,A,WIDGET,5,2011-01-07 11:00,1.50,,United Kingdom\n"
          + "1005,B,GIFT,1,2011-02-01 12:00,3.00,P-200,France\n"
          + "1007,A,WIDGET,4,2011-03-03 13:00,2.25,P-300,Germany\n"
          + "1008,A,WIDGET,1,2011-03-04 13:00,2.25,P-100,United Kingdom\n";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  private ResultActions analyst(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return mvc.perform(request.with(httpBasic("analyst", "analyst-pw")));
  }

  private ResultActions upload(String path, String csv) throws Exception {
    return analyst(post(path).contentType("text/csv").content(csv));
  }

  private String pseudonym(String customer) throws Exception {
    // the pseudonym lookup is for roles that may see identities (here the data protection officer)
    String answer =
        mvc.perform(
                post("/api/v1/customers/pseudonym")
                    .with(httpBasic("dpo", "dpo-pw"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"customer\":\"" + customer + "\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("customer").asString();
  }

  @Test
  void bundledOnlineRetailGivesThePublishedFigures() throws Exception {
    analyst(get("/api/v1/analytics/rfm"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.transactions.rows").value(541_909))
        .andExpect(jsonPath("$.transactions.kept").value(397_924))
        .andExpect(jsonPath("$.transactions.cancellations").value(9_288))
        .andExpect(jsonPath("$.customers").value(4_339))
        .andExpect(jsonPath("$.referenceDate").value("2011-12-10"))
        .andExpect(jsonPath("$.segments", hasSize(10)))
        .andExpect(jsonPath("$.segments[?(@.segment == 'champions')].customers", hasItem(633)))
        .andExpect(
            jsonPath(
                "$.segments[?(@.segment == 'champions')].frequency.mean",
                hasItem(closeTo(12.4, 0.1))))
        .andExpect(jsonPath("$.customerScores").doesNotExist());
    analyst(get("/api/v1/analytics/cohorts"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cohorts", hasSize(13)))
        .andExpect(jsonPath("$.cohorts[0].cohort").value("2010-12"))
        .andExpect(jsonPath("$.cohorts[0].customers").value(885))
        .andExpect(jsonPath("$.cohorts[0].activeCustomers[1]").value(324))
        .andExpect(jsonPath("$.cohorts[0].retention[1]", closeTo(324 / 885.0, 1e-9), Double.class));
  }

  @Test
  void bundledCustomersOfOneSegmentArePseudonymised() throws Exception {
    analyst(get("/api/v1/analytics/rfm?includeCustomers=true&segment=champions"))
        .andExpect(jsonPath("$.customerScores", hasSize(633)))
        .andExpect(jsonPath("$.customerScores[0].customerId", matchesPattern("c_[0-9a-f]{24}")))
        .andExpect(jsonPath("$.customerScores[0].segment").value("champions"));
  }

  @Test
  void bundledCustomersJoinWithStoredSentimentOfTheirIds() throws Exception {
    String id = ServerTestSupport.unique("or");
    String body =
        "{\"externalId\":\"%s-1\",\"channel\":\"chat\",\"timestamp\":\"2011-12-01T10:00:00Z\",\"customer\":\"12347\",\"text\":\"late and broken\"}\n"
            .formatted(id);
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body))
        .andExpect(jsonPath("$.created").value(1));

    analyst(get("/api/v1/analytics/sentiment-rfm?limit=5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customers").value(4_339))
        .andExpect(jsonPath("$.customersWithSentiment").value(1))
        .andExpect(jsonPath("$.sentimentRevenue").value(nullValue()))
        .andExpect(jsonPath("$.sentimentRevenueNote").value(containsString("at least 4 pairs")))
        .andExpect(jsonPath("$.churnRisk", hasSize(5)))
        .andExpect(jsonPath("$.sentimentByMonth[0].periodStart").value("2011-12-01"));
  }

  @Test
  void uploadedCsvGivesHandComputedScoresUnderPseudonyms() throws Exception {
    upload("/api/v1/analytics/rfm?includeCustomers=true", CSV)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.transactions.source").value("upload.csv"))
        .andExpect(jsonPath("$.transactions.kept").value(4))
        .andExpect(jsonPath("$.transactions.missingCustomer").value(1))
        .andExpect(jsonPath("$.referenceDate").value("2011-03-05"))
        .andExpect(jsonPath("$.customers").value(3))
        .andExpect(jsonPath("$.customerScores[0].customerId").value(pseudonym("P-300")))
        .andExpect(jsonPath("$.customerScores[0].monetary").value(9.0))
        .andExpect(jsonPath("$.customerScores[0].segment").value("need attention"))
        .andExpect(jsonPath("$.customerScores[1].customerId").value(pseudonym("P-100")))
        .andExpect(jsonPath("$.customerScores[1].recency").value(1))
        .andExpect(jsonPath("$.customerScores[1].frequency").value(2))
        .andExpect(jsonPath("$.customerScores[1].monetary").value(5.25))
        .andExpect(jsonPath("$.customerScores[1].recencyScore").value(5))
        .andExpect(jsonPath("$.customerScores[1].frequencyScore").value(5))
        .andExpect(jsonPath("$.customerScores[1].monetaryScore").value(3))
        .andExpect(jsonPath("$.customerScores[1].segment").value("champions"))
        .andExpect(jsonPath("$.customerScores[2].segment").value("hibernating"))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("P-100"))));
  }

  @Test
  void referenceDateLimitsTheTransactions() throws Exception {
    upload("/api/v1/analytics/rfm?referenceDate=2011-03-04", CSV)
        .andExpect(jsonPath("$.referenceDate").value("2011-03-04"))
        .andExpect(jsonPath("$.customers").value(3))
        .andExpect(jsonPath("$.segments[?(@.segment == 'champions')].recency.mean", hasItem(1.0)));
  }

  @Test
  void uploadedCohortsFromAMultipartFileWithAColumnMapping() throws Exception {
    String csv =
        "Invoice,Price,Quantity,Customer ID,InvoiceDate\n"
            + "1,1.5,2,A,05/01/2011 10:00\n"
            + "2,3,1,B,01/02/2011 12:00\n"
            + "3,2.25,1,A,04/03/2011 13:00\n";
    MockMultipartFile file =
        new MockMultipartFile(
            "file", "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

    analyst(
            multipart("/api/v1/analytics/cohorts")
                .file(file)
                .param("invoice", "Invoice")
                .param("unitPrice", "Price")
                .param("customerId", "Customer ID")
                .param("dateFormat", "dd/MM/yyyy HH:mm"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.transactions.source").value("export.csv"))
        .andExpect(jsonPath("$.cohorts", hasSize(2)))
        .andExpect(jsonPath("$.cohorts[0].cohort").value("2011-01"))
        .andExpect(jsonPath("$.cohorts[0].activeCustomers", contains(1, 0, 1)))
        .andExpect(jsonPath("$.cohorts[0].retention", contains(1.0, 0.0, 1.0)))
        .andExpect(jsonPath("$.cohorts[0].revenue", contains(3.0, 0.0, 2.25)))
        .andExpect(jsonPath("$.cohorts[1].cohort").value("2011-02"))
        .andExpect(jsonPath("$.cohorts[1].revenue", contains(3.0, 0.0)));
  }

  @Test
  void gzipBodiesAreInflated() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(CSV.getBytes(StandardCharsets.UTF_8));
    }

    analyst(
            post("/api/v1/analytics/rfm")
                .contentType("application/gzip")
                .content(bytes.toByteArray()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customers").value(3));
  }

  @Test
  void malformedRowIsAProblemNamingFileLineAndColumn() throws Exception {
    String bad = CSV + "1009,A,WIDGET,abc,2011-03-04 13:00,2.25,P-100,United Kingdom\n";
    MockMultipartFile file =
        new MockMultipartFile(
            "file", "sales.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));

    analyst(multipart("/api/v1/analytics/rfm").file(file))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("Quantity"))
        .andExpect(jsonPath("$.line").value(8))
        .andExpect(jsonPath("$.source").value("sales.csv"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    containsString("sales.csv line 8: Quantity must be an integer, found 'abc'")));
    analyst(multipart("/api/v1/analytics/rfm?skipMalformed=true").file(file))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.transactions.malformed").value(1))
        .andExpect(jsonPath("$.transactions.errors[0].line").value(8));
  }

  @Test
  void badUploadsAndParametersAreProblemsNamingWhatIsWrong() throws Exception {
    upload("/api/v1/analytics/rfm", "Invoice,Qty\n1,2\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("column 'InvoiceNo' not found")));
    upload("/api/v1/analytics/cohorts", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("empty")));
    upload("/api/v1/analytics/rfm?colour=red", CSV)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("colour"));
    upload("/api/v1/analytics/rfm?referenceDate=yesterday", CSV)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("referenceDate"))
        .andExpect(jsonPath("$.value").value("yesterday"));
    upload("/api/v1/analytics/rfm?excludeZeroPrice=maybe", CSV)
        .andExpect(jsonPath("$.field").value("excludeZeroPrice"));
    upload("/api/v1/analytics/rfm?dateFormat=dd/MM/yyyy", CSV)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("InvoiceDate"));
    String cancelledOnly =
        "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\nC1,-1,2011-01-05 10:00,1.5,7\n";
    upload("/api/v1/analytics/rfm", cancelledOnly)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("no transaction kept")));
  }

  @Test
  void analyticsNeedTheAnalystRole() throws Exception {
    mvc.perform(get("/api/v1/analytics/rfm")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/analytics/cohorts").with(httpBasic("ingest", "ingest-pw")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/analytics/rfm")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("text/csv")
                .content(CSV))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/analytics/rfm")
                .with(httpBasic("admin", "admin-pw"))
                .contentType("text/csv")
                .content(CSV))
        .andExpect(status().isOk());
  }

  @Test
  void alertResponseKpiMeasuresTimeToAcknowledgeNegativeAlerts() throws Exception {
    String sql =
        "INSERT INTO alerts (id, kind, series_dimension, series_value, level, status, raised_at,"
            + " score, window_count, negatives, occurrences, acknowledged_at)"
            + " VALUES (?, 'INTERACTION', 'customer', 'c_kpi', ?, ?, ?, -0.8, 1, 1, 1, ?)";
    OffsetDateTime raised = OffsetDateTime.parse("2020-06-01T10:00:00Z");
    jdbc.sql(sql)
        .params(
            ServerTestSupport.unique("kpi"), "RED", "ACKNOWLEDGED", raised, raised.plusMinutes(30))
        .update();
    jdbc.sql(sql)
        .params(
            ServerTestSupport.unique("kpi"),
            "ORANGE",
            "ACKNOWLEDGED",
            raised,
            raised.plusMinutes(90))
        .update();
    jdbc.sql(sql).params(ServerTestSupport.unique("kpi"), "RED", "OPEN", raised, null).update();
    jdbc.sql(sql)
        .params(
            ServerTestSupport.unique("kpi"), "GREEN", "ACKNOWLEDGED", raised, raised.plusMinutes(1))
        .update();
    analyst(
            get("/api/v1/analytics/kpis/alert-response")
                .param("from", "2020-06-01T00:00:00Z")
                .param("to", "2020-06-02T00:00:00Z"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.alerts").value(3))
        .andExpect(jsonPath("$.acknowledged").value(2))
        .andExpect(jsonPath("$.median").value("PT1H"));
    analyst(get("/api/v1/analytics/kpis/alert-response").param("from", "yesterday"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("from"))
        .andExpect(jsonPath("$.value").value("yesterday"));
  }
}
