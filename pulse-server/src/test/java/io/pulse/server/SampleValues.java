package io.pulse.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Valid values for the path variables and required parameters of every endpoint, with a few stored
 * interactions for them to find. A new endpoint whose variable or required parameter is not here
 * fails the tests that enumerate endpoints, naming it.
 */
public final class SampleValues {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SampleValues() {}

  /** Stores three interactions of channel social and returns the sample values. */
  public static Map<String, String> seed(MockMvc mvc) throws Exception {
    String prefix = ServerTestSupport.unique("sample");
    StringBuilder body = new StringBuilder();
    Instant day = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.DAYS);
    for (int i = 0; i < 3; i++) {
      body.append(
          """
          {"externalId":"%s-%d","channel":"social","timestamp":"%s","customer":"%s",\
          "product":"%s","tags":["billing"],"text":"the router is late and broken, thanks"}
          """
              .formatted(prefix, i, day.plus(i, ChronoUnit.HOURS), prefix, prefix));
    }
    String report =
        mvc.perform(
                post("/api/v1/interactions/bulk")
                    .with(httpBasic("admin", "admin-pw"))
                    .contentType("application/x-ndjson")
                    .content(body.toString()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode first = JSON.readTree(report).path("items").path(0);
    String pseudonym =
        JSON.readTree(
                mvc.perform(
                        post("/api/v1/customers/pseudonym")
                            .with(httpBasic("admin", "admin-pw"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"customer\":\"" + prefix + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .path("customer")
            .stringValue();
    Map<String, String> values = new HashMap<>();
    values.put("id", first.path("id").asString());
    values.put("interactionId", first.path("id").asString());
    values.put("pseudonym", pseudonym);
    // a customer with nothing stored: erasing or exporting it changes nothing
    values.put("reference", "nobody-" + prefix);
    values.put("product", prefix);
    values.put("version", "no-such-version");
    values.put("requiredMetricName", "hikaricp.connections.active");
    values.put("path", "db");
    values.put("group", "default");
    values.put("source", "zendesk");
    values.put("dimension", "channel");
    values.put("value", "social");
    return values;
  }

  /** The sample value of a required parameter; fails naming the endpoint when there is none. */
  public static String of(Map<String, String> samples, Endpoints.Endpoint endpoint, String name) {
    String value = samples.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "no sample value for required parameter '" + name + "' of " + endpoint);
    }
    return value;
  }
}
