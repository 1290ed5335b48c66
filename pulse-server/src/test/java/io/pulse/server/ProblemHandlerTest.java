package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Errors raised by Spring itself, by the database and by bad parameters become problem JSON. */
@ExtendWith(OutputCaptureExtension.class)
class ProblemHandlerTest extends H2ServerTest {

  @Autowired MockMvc mvc;

  private ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return mvc.perform(request.with(httpBasic("admin", "admin-pw")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void unsupportedContentTypeIsProblemJsonWithoutStackTrace(CapturedOutput log) throws Exception {
    perform(post("/api/v1/interactions").contentType(MediaType.TEXT_PLAIN).content("hi"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.type").value(ProblemHandler.TYPE_BASE + "415"));
    assertThat(log.getAll()).doesNotContain("NullPointerException").doesNotContain("\tat ");
  }

  @Test
  void missingMultipartPartNamesIt() throws Exception {
    perform(multipart("/api/v1/interactions/csv").param("text", "body"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"));
  }

  @Test
  void unreadableBodyIsNeitherEchoedNorLogged(CapturedOutput log) throws Exception {
    perform(
            post("/api/v1/customers/pseudonym")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customer\": planted-token-5521}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not("planted-token-5521")));
    assertThat(log.getAll()).doesNotContain("planted-token-5521");
  }

  @Test
  void nulInAQueryParameterNamesTheParameter() throws Exception {
    perform(get("/api/v1/interactions").param("product", "a\u0000b"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("product"))
        .andExpect(jsonPath("$.position").value(1));
    perform(
            get("/api/v1/dashboard/drilldown")
                .param("dimension", "product")
                .param("value", "\u0000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("value"));
  }

  @Test
  void instantsOutsideYears1To9999NameTheParameter() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/interactions", "/api/v1/aggregates", "/api/v1/alerts", "/api/v1/aspects"
        }) {
      perform(get(path).param("from", "+99999-01-01T00:00:00Z"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("from"));
      perform(get(path).param("to", "-4714-01-01T00:00:00Z"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("to"));
    }
  }

  @Test
  void storageFailureIsServiceUnavailableWithRetryAfter() {
    var answer =
        new ProblemHandler()
            .storage(new org.springframework.jdbc.CannotGetJdbcConnectionException("down"));
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
    var tx =
        new ProblemHandler()
            .storage(new org.springframework.transaction.CannotCreateTransactionException("down"));
    assertThat(tx.getStatusCode().value()).isEqualTo(503);
  }

  @Test
  void valueRefusedByTheDatabaseIsABadRequestNotRetryLater() {
    var answer =
        new ProblemHandler()
            .refusedValue(new org.springframework.dao.DataIntegrityViolationException("22021"));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void healthAnswersItsStatusAsHttpStatus() throws Exception {
    mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db.status").value("UP"));
    mvc.perform(get("/actuator/health/liveness").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db").doesNotExist());
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Retry-After"));
  }
}
