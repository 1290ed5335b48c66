package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.FakeScorer;
import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

class BulkIngestApiTest extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static String item(String id, String text) {
    return "{\"externalId\":\"%s\",\"channel\":\"chat\",\"timestamp\":\"2025-03-02T08:00:00Z\",\"customer\":\"CRM-9\",\"text\":\"%s\"}"
        .formatted(id, text);
  }

  private ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return mvc.perform(request.with(httpBasic("ingest", "ingest-pw")));
  }

  private long stored(String prefix) {
    return jdbc.sql("SELECT COUNT(*) FROM interactions WHERE external_id LIKE :p")
        .param("p", prefix + "%")
        .query(Long.class)
        .single();
  }

  @Test
  void jsonArrayReportsCreatedDuplicateAndRejectedPerItem() throws Exception {
    String p = ServerTestSupport.unique("arr");
    String body =
        "["
            + item(p + "-1", "good")
            + ","
            + item(p + "-2", "bad")
            + ","
            + item(p + "-1", "repeated in the same request")
            + ","
            + item(p + "-3", "").replace("\"chat\"", "\"fax\"")
            + "]";
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.received").value(4))
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.duplicate").value(1))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.items[0].status").value("scored"))
        .andExpect(jsonPath("$.items[0].score.label").value("positive"))
        .andExpect(jsonPath("$.items[2].status").value("duplicate"))
        .andExpect(jsonPath("$.items[2].externalId").value(p + "-1"))
        .andExpect(jsonPath("$.items[3].status").value("rejected"))
        .andExpect(jsonPath("$.items[3].index").value(3))
        .andExpect(jsonPath("$.items[3].problem.field").value("channel"))
        .andExpect(jsonPath("$.items[3].problem.value").value("fax"));
    assertThat(stored(p)).isEqualTo(2);
    // Resending is safe: everything stored is now a duplicate.
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.duplicate").value(3));
  }

  @Test
  void ndjsonStreamOfThousandsIsScoredInBatches() throws Exception {
    String p = ServerTestSupport.unique("nd");
    StringBuilder body = new StringBuilder();
    int count = 3000;
    for (int i = 0; i < count; i++) {
      body.append(item(p + "-" + i, i % 2 == 0 ? "great" : "terrible")).append('\n');
    }
    int callsBefore = FakeScorer.CALLS.get();
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(count))
        .andExpect(jsonPath("$.items[2999].line").value(3000));
    assertThat(stored(p)).isEqualTo(count);
    // batch size 64 in tests: about 47 scorer calls, not 3000
    assertThat(FakeScorer.CALLS.get() - callsBefore).isBetween(47, 60);
  }

  @Test
  void malformedNdjsonLineRejectsOnlyThatLine() throws Exception {
    String p = ServerTestSupport.unique("ndbad");
    String body =
        item(p + "-1", "ok") + "\n{\"externalId\": oops}\n\n" + item(p + "-2", "ok") + "\n";
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType("application/x-ndjson")
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.items[1].status").value("rejected"))
        .andExpect(jsonPath("$.items[1].line").value(2))
        .andExpect(jsonPath("$.items[1].problem.detail").value(containsString("line 2")))
        .andExpect(jsonPath("$.items[2].line").value(4));
  }

  @Test
  void truncatedJsonArrayReportsTheStoredItemsAndWhereReadingStopped() throws Exception {
    String p = ServerTestSupport.unique("arrbad");
    String body = "[" + item(p + "-1", "ok") + ", {\"externalId\": nope";
    perform(post("/api/v1/interactions/bulk").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.items[0].status").value("pending"))
        .andExpect(jsonPath("$.items[1].status").value("rejected"))
        .andExpect(jsonPath("$.items[1].problem.detail").value(containsString("at line 1")))
        .andExpect(jsonPath("$.items[1].problem.more.readingStopped").value(true));
    assertThat(stored(p)).isEqualTo(1);
  }

  @Test
  void unreadableBodyBeforeTheFirstItemStoresNothing() throws Exception {
    perform(
            post("/api/v1/interactions/bulk")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"externalId\": nope"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("malformed JSON at line 1")))
        .andExpect(jsonPath("$.items").doesNotExist());
  }

  @Test
  void csvWithAnUnterminatedQuoteReportsTheRowsBeforeIt() throws Exception {
    String p = ServerTestSupport.unique("csvquote");
    String csv =
        "id,created,user,body\n"
            + p
            + "-1,2025-03-01T10:00:00Z,C-1,fine thanks\n"
            + p
            + "-2,2025-03-01T11:00:00Z,C-2,\"never closed\n";
    perform(
            post("/api/v1/interactions/csv?externalId=id&timestamp=created&customer=user"
                    + "&text=body&defaultChannel=email")
                .contentType("text/csv")
                .content(csv))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.items[1].status").value("rejected"))
        .andExpect(jsonPath("$.items[1].problem.more.readingStopped").value(true));
    assertThat(stored(p)).isEqualTo(1);
  }

  @Test
  void duplicateKeyInAnInteractionIsRefusedNamingTheKey() throws Exception {
    String body =
        "{\"externalId\":\"dup-key\",\"channel\":\"email\",\"timestamp\":\"2025-03-01T10:00:00Z\","
            + "\"customer\":\"C\",\"text\":\"a\",\"text\":\"b\"}";
    perform(post("/api/v1/interactions").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(jsonPath("$.detail").value(containsString("occurs twice")));
    perform(
            post("/api/v1/interactions/bulk")
                .contentType("application/x-ndjson")
                .content(body + "\n"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].problem.field").value("text"));
  }

  @Test
  void duplicateCsvHeaderIsRefusedNamingTheColumn() throws Exception {
    perform(
            post("/api/v1/interactions/csv?externalId=id&timestamp=created&customer=user"
                    + "&text=body&defaultChannel=email")
                .contentType("text/csv")
                .content("id,created,user,body,body\nx,2025-03-01T10:00:00Z,C,a,b\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("header"))
        .andExpect(jsonPath("$.value").value("body"));
  }

  @Test
  void bulkBodyMustBeAnArray() throws Exception {
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType(MediaType.APPLICATION_JSON)
                .content(item("x", "y")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("JSON array")));
  }

  @Test
  void invalidUtf8InBulkIsRejected() throws Exception {
    byte[] body = ("[" + item("u", "caf\u00e9") + "]").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < body.length; i++) {
      if (body[i] == (byte) 0xA9) {
        body[i] = '!'; // 0xC3 followed by '!' is not UTF-8
      }
    }
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("not valid UTF-8")));
  }

  @Test
  void bulkBodyOverTheLimitIsTooLarge() throws Exception {
    String p = ServerTestSupport.unique("huge");
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() < 4_100_000; i++) {
      body.append(item(p + "-" + i, "x".repeat(1500))).append('\n');
    }
    perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.limitBytes").value(4000000));
  }

  @Test
  void csvWithColumnMappingIsIngested() throws Exception {
    String p = ServerTestSupport.unique("csv");
    String csv =
        "id,when,who,body,labels\n"
            + p
            + "-1,2025-03-03T09:00:00Z,CRM-1,\"Great, thanks\",vip;billing\n"
            + p
            + "-2,2025-03-03T10:00:00Z,CRM-2,\"multi\nline bad\",\n";
    perform(
            post("/api/v1/interactions/csv?wait=PT30S")
                .contentType("text/csv")
                .param("externalId", "id")
                .param("timestamp", "when")
                .param("customer", "who")
                .param("text", "body")
                .param("tags", "labels")
                .param("defaultChannel", "survey")
                .content(csv))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.items[0].line").value(2))
        .andExpect(jsonPath("$.items[1].line").value(3));
    assertThat(
            jdbc.sql("SELECT tags FROM interactions WHERE external_id = :id")
                .param("id", p + "-1")
                .query(String.class)
                .single())
        .isEqualTo("[\"vip\",\"billing\"]");
  }

  @Test
  void csvMappingToMissingColumnNamesLineAndColumn() throws Exception {
    perform(
            post("/api/v1/interactions/csv?wait=PT30S")
                .contentType("text/csv")
                .param("externalId", "id")
                .param("timestamp", "created")
                .param("customer", "who")
                .param("text", "message")
                .param("defaultChannel", "email")
                .content("id,created,who,body\n1,2025-03-03T09:00:00Z,a,b\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(jsonPath("$.value").value("message"))
        .andExpect(jsonPath("$.line").value(1))
        .andExpect(jsonPath("$.detail").value(containsString("column 'message'")));
  }

  @Test
  void csvMappingWithoutRequiredFieldIsRejected() throws Exception {
    perform(
            post("/api/v1/interactions/csv?wait=PT30S")
                .contentType("text/csv")
                .param("externalId", "id")
                .param("timestamp", "created")
                .param("customer", "who")
                .param("defaultChannel", "email")
                .content("id,created,who,body\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"));
  }

  @Test
  void csvBadValueIsRejectedNamingLineAndColumn() throws Exception {
    String p = ServerTestSupport.unique("csvbad");
    String csv =
        "id,created,who,body\n"
            + p
            + "-1,2025-03-03T09:00:00Z,a,fine\n"
            + p
            + "-2,not-a-date,b,fine\n"
            + p
            + "-3,2025-03-03T09:00:00Z,c\n";
    perform(
            post("/api/v1/interactions/csv?wait=PT30S")
                .contentType("text/csv")
                .param("externalId", "id")
                .param("timestamp", "created")
                .param("customer", "who")
                .param("text", "body")
                .param("defaultChannel", "email")
                .content(csv))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.items[1].status").value("rejected"))
        .andExpect(jsonPath("$.items[1].line").value(3))
        .andExpect(jsonPath("$.items[1].problem.column").value("created"))
        .andExpect(jsonPath("$.items[1].problem.detail").value(containsString("column 'created'")))
        .andExpect(jsonPath("$.items[2].line").value(4))
        .andExpect(jsonPath("$.items[2].problem.detail").value(containsString("3 columns")));
  }

  @Test
  void csvFileUploadIsIngested() throws Exception {
    String p = ServerTestSupport.unique("upload");
    MockMultipartFile file =
        new MockMultipartFile(
            "file",
            "export.csv",
            "text/csv",
            ("id,created,who,body,channel\n" + p + "-1,2025-03-03T09:00:00Z,a,hi,review\n")
                .getBytes(StandardCharsets.UTF_8));
    perform(
            multipart("/api/v1/interactions/csv")
                .file(file)
                .param("externalId", "id")
                .param("timestamp", "created")
                .param("customer", "who")
                .param("text", "body")
                .param("channel", "channel"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    assertThat(
            jdbc.sql("SELECT channel FROM interactions WHERE external_id = :id")
                .param("id", p + "-1")
                .query(String.class)
                .single())
        .isEqualTo("review");
  }
}
