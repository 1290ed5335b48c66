package io.pulse.server;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class SecurityTest extends H2ServerTest {

  @Autowired MockMvc mvc;

  private static final String BODY =
      """
      {"externalId":"sec-1","channel":"email","timestamp":"2025-03-01T10:00:00Z",
       "customer":"C-1","text":"hello"}
      """;

  @Test
  void ingestWithoutCredentialsIsUnauthorizedProblem() throws Exception {
    mvc.perform(
            post("/api/v1/interactions?wait=PT30S")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value("Unauthorized"));
  }

  @Test
  void wrongPasswordIsUnauthorized() throws Exception {
    mvc.perform(get("/api/v1/interactions").with(httpBasic("analyst", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void analystCannotIngest() throws Exception {
    mvc.perform(
            post("/api/v1/interactions?wait=PT30S")
                .with(httpBasic("analyst", "analyst-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("Forbidden"));
  }

  @Test
  void ingestRoleCannotQuery() throws Exception {
    mvc.perform(get("/api/v1/interactions").with(httpBasic("ingest", "ingest-pw")))
        .andExpect(status().isForbidden());
  }

  @Test
  void analystCanQuery() throws Exception {
    mvc.perform(get("/api/v1/interactions").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk());
  }

  @Test
  void healthAndOpenApiArePublic() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/interactions/bulk']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/aggregates']").exists());
  }

  @Test
  void healthShowsDatabaseAndModelToAdmin() throws Exception {
    mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.model.status").value("UP"))
        .andExpect(jsonPath("$.components.model.details.version").value(FakeScorer.VERSION));
  }

  @Test
  void prometheusNeedsAdminAndExposesPulseMeters() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/interactions?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY.replace("sec-1", ServerTestSupport.unique("sec"))))
        .andExpect(status().isCreated());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("pulse_ingested_total")))
        .andExpect(content().string(containsString("pulse_scored_total")))
        .andExpect(content().string(containsString("pulse_ingest_latency_seconds")))
        .andExpect(content().string(containsString("pulse_scoring_latency_seconds")));
  }
}
