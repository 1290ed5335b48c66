package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server with {@code pulse.model.path} pointing to a directory without a model: it starts,
 * health says DEGRADED, ingest goes on with flagged lexicon scores, and re-scoring leaves them
 * flagged while the model is still missing.
 */
@SpringBootTest(classes = PulseApplication.class)
@AutoConfigureMockMvc
class MissingModelServerTest {

  private static final Path DATA_DIR = ServerTestSupport.newDataDir();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("pulse.data-dir", DATA_DIR::toString);
    registry.add("pulse.model.path", () -> DATA_DIR.resolve("no-such-model").toString());
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }

  @Test
  void startsDegradedAndIngestsWithFlaggedFallbackScores() throws Exception {
    mvc.perform(get("/actuator/health/model").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DEGRADED"));

    String body =
        mvc.perform(
                post("/api/v1/interactions?wait=PT30S")
                    .with(httpBasic("ingest", "ingest-pw"))
                    .contentType("application/json")
                    .content(
                        """
                        {"externalId":"mm-1","channel":"chat","timestamp":"2019-02-01T10:00:00Z",
                         "customer":"C-1","text":"The support was rude and my refund is still missing"}
                        """))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode created = json.readTree(body);
    assertThat(created.get("score").get("modelVersion").asString()).isEqualTo("lexicon-1");
    assertThat(created.get("score").get("label").asString()).isEqualTo("negative");
    assertThat(created.get("insight").get("scoredBy").asString()).isEqualTo("fallback");

    mvc.perform(get("/actuator/health/insight").with(httpBasic("admin", "admin-pw")))
        .andExpect(jsonPath("$.status").value("DEGRADED"));
    mvc.perform(
            get("/api/v1/interactions/" + created.get("id").asLong())
                .with(httpBasic("analyst", "analyst-pw")))
        .andExpect(jsonPath("$.score.scoredBy").value("fallback"));
    mvc.perform(post("/api/v1/interactions/rescore-fallback").with(httpBasic("admin", "admin-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rescored").value(0))
        .andExpect(jsonPath("$.stillFallback").value(1));
  }
}
