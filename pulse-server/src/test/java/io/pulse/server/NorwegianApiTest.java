package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Norwegian customers through the API with the real bundled models: the server routes by language
 * to the Norwegian sentiment and emotion models, and the guide's examples land in the guide's bands
 * (green > 0.3, orange -0.5..-0.2, red < -0.5).
 */
@SpringBootTest(classes = PulseApplication.class)
@AutoConfigureMockMvc
@EnabledIf("bundledModelsPresent")
class NorwegianApiTest {

  private static final Path DATA_DIR = ServerTestSupport.newDataDir();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  static boolean bundledModelsPresent() {
    ClassLoader loader = NorwegianApiTest.class.getClassLoader();
    return loader.getResource("io/pulse/scoring/models/default/manifest.json") != null
        && loader.getResource("io/pulse/scoring/models/norwegian/manifest.json") != null;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("pulse.data-dir", DATA_DIR::toString);
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      String name = property.substring(0, eq);
      if (!name.equals("pulse.insight.norwegian-model")
          && !name.equals("pulse.insight.emotion-model")) {
        registry.add(name, () -> property.substring(eq + 1));
      }
    }
    registry.add("pulse.insight.norwegian-model", () -> "bundled");
    registry.add("pulse.insight.emotion-model", () -> "bundled");
  }

  @Test
  void thanksForQuickHelpIsGreen() throws Exception {
    JsonNode result = ingest("Takk for rask hjelp!");

    assertThat(result.get("insight").get("language").asString()).isEqualTo("no");
    assertThat(result.get("score").get("modelVersion").asString()).startsWith("pulse-no-");
    assertThat(result.get("score").get("score").asDouble()).isGreaterThan(0.3);
  }

  @Test
  void itTakesForeverIsOrangeOrRed() throws Exception {
    JsonNode result = ingest("Dette tar jo en evighet");

    assertThat(result.get("insight").get("language").asString()).isEqualTo("no");
    assertThat(result.get("score").get("score").asDouble()).isLessThan(-0.2);
  }

  @Test
  void aWrongInvoiceForTheThirdTimeIsRedWithAnEmotion() throws Exception {
    JsonNode result = ingest("Fakturaen er feil for tredje gang. Jeg er skuffet.");

    assertThat(result.get("insight").get("language").asString()).isEqualTo("no");
    assertThat(result.get("score").get("score").asDouble()).isLessThan(-0.5);
    assertThat(result.get("insight").get("aspects").valueStream().map(JsonNode::asString))
        .contains("billing");
    assertThat(result.get("insight").get("emotion").asString()).isIn("frustration", "irritation");
  }

  @Test
  void nynorskAndNorwegianMixedWithEnglishAreScoredOrUnscoredWithAReason() throws Exception {
    for (String text :
        List.of(
            "Eg har venta i tre veker på svar frå dykk, og det er ikkje greitt.",
            "Pakken er fortsatt ikke levert, really disappointed with the service",
            "Hei! Thanks for the help, alt fungerer nå.")) {
      JsonNode result = ingest(text);
      String status = result.get("status").asString();
      assertThat(status).as(text).isIn("scored", "unscored");
      if (status.equals("unscored")) {
        assertThat(result.get("insight").get("unscoredReason").asString()).as(text).isNotBlank();
      }
    }
  }

  private JsonNode ingest(String text) throws Exception {
    String body =
        json.writeValueAsString(
            java.util.Map.of(
                "externalId", ServerTestSupport.unique("no"),
                "channel", "email",
                "timestamp", "2025-03-01T10:00:00Z",
                "customer", "C-7",
                "text", text));
    String response =
        mvc.perform(
                post("/api/v1/interactions?wait=PT30S")
                    .with(httpBasic("ingest", "ingest-pw"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode result = json.readTree(response);
    assertThat(result.get("status").asString()).as(response).isIn("scored", "unscored");
    return result;
  }
}
