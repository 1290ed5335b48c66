package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.core.SentimentScorer;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * End to end with the real bundled model (no fake): ingest scores with the model's version. Runs
 * once the bundled model is on the classpath.
 */
@SpringBootTest(classes = PulseApplication.class)
@AutoConfigureMockMvc
@EnabledIf("bundledModelPresent")
class RealModelServerTest {

  private static final Path DATA_DIR = ServerTestSupport.newDataDir();

  @Autowired MockMvc mvc;
  @Autowired SentimentScorer scorer;

  static boolean bundledModelPresent() {
    return RealModelServerTest.class
            .getClassLoader()
            .getResource("io/pulse/scoring/models/accurate/manifest.json")
        != null;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("pulse.data-dir", DATA_DIR::toString);
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }

  @Test
  void bundledModelScoresIngestedInteractions() throws Exception {
    String body =
        """
        {"externalId":"%s","channel":"social","timestamp":"2025-03-01T10:00:00Z",
         "customer":"C-1","text":"@united thank you so much, the crew was wonderful!"}
        """
            .formatted(ServerTestSupport.unique("real"));
    mvc.perform(
            post("/api/v1/interactions?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.score.modelVersion").value(scorer.version()))
        .andExpect(jsonPath("$.score.label").value("positive"));
    assertThat(scorer.version()).isNotBlank();
  }

  @Test
  void registryServesTheAccurateModelAndListsTheFastOne() throws Exception {
    mvc.perform(get("/api/v1/models").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(scorer.version()))
        .andExpect(jsonPath("$.versions[0].version").value(scorer.version()))
        .andExpect(jsonPath("$.versions[0].status").value("active"))
        .andExpect(
            jsonPath("$.versions[1].version").value(Matchers.startsWith("pulse-en-cnn-bilstm-")))
        .andExpect(jsonPath("$.versions[1].status").value("retired"));
    assertThat(scorer.version()).startsWith("pulse-en-minilm-cnn-bilstm-");
  }
}
