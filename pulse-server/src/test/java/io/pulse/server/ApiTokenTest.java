package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiTokenTest extends H2ServerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private JsonNode create(String scope) throws Exception {
    return JSON.readTree(
        mvc.perform(
                post("/api/v1/tokens")
                    .with(httpBasic("admin", "admin-pw"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"crm-" + scope + "\",\"scope\":\"" + scope + "\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String interaction() {
    return """
    {"externalId":"%s","channel":"chat","timestamp":"2026-01-05T10:00:00Z",\
    "customer":"tok-1","text":"the tokenword router is broken"}\
    """
        .formatted(ServerTestSupport.unique("tok"));
  }

  @Test
  void ingestTokenMayOnlySendInteractions() throws Exception {
    String token = create("ingest").path("token").asString();
    assertThat(token).startsWith("pt_");
    mvc.perform(
            post("/api/v1/interactions?wait=PT10S")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(interaction()))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(get("/api/v1/interactions").header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden());
  }

  @Test
  void readTokenReadsWithoutTextAndCannotIngest() throws Exception {
    String token = create("read").path("token").asString();
    mvc.perform(
            post("/api/v1/interactions?wait=PT10S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(interaction()))
        .andExpect(status().is2xxSuccessful());
    String list =
        mvc.perform(get("/api/v1/interactions?size=500").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).doesNotContain("tokenword");
    mvc.perform(
            post("/api/v1/interactions")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(interaction()))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyTheHashIsStoredAndRevokedOrUnknownTokensAreUnauthorized() throws Exception {
    JsonNode created = create("ingest");
    String token = created.path("token").asString();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :h")
                .param("h", ApiTokens.hash(token))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT * FROM api_tokens").query().listOfRows().toString())
        .doesNotContain(token.substring(3));
    mvc.perform(get("/api/v1/tokens").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].name").isNotEmpty());
    mvc.perform(
            delete("/api/v1/tokens/" + created.path("id").asString())
                .with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/interactions")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(interaction()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/aggregates").header("Authorization", "Bearer pt_guessed"))
        .andExpect(status().isUnauthorized());
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_log WHERE action IN ('token-create', 'token-revoke')")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }
}
