package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every endpoint of the API (enumerated from the request mappings), every parameter, path
 * variable and body field, and {@link HostileValues hostile values}: the answer is 2xx, or 4xx
 * problem JSON that names the field (400) — never 5xx — and nothing is written but what a 2xx
 * answer reports. Each target gets NUL, an unpaired surrogate and the empty string, plus values
 * drawn at random from the rest (seed in the failure message; {@code -Dpulse.hostile.seed=N}
 * repeats a run, {@code -Dpulse.hostile.all=true} tries every value). Run against H2 and
 * PostgreSQL.
 */
final class HostileInputChecks {

  private static final String API = "/api/v1/";
  private static final int SHOWN = 40;
  private static final int DRAWN = 6;
  private static final int ALWAYS = 3;

  private final ApplicationContext context;
  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();
  private final HostileRequests requests = new HostileRequests();
  private final List<String> failures = new ArrayList<>();
  private final long seed = Long.getLong("pulse.hostile.seed", System.nanoTime());
  private final Random random = new Random(seed);
  private final boolean all = Boolean.getBoolean("pulse.hostile.all");
  private int sent;

  HostileInputChecks(ApplicationContext context, MockMvc mvc) {
    this.context = context;
    this.mvc = mvc;
    this.jdbc = context.getBean(JdbcClient.class);
  }

  void everyFieldOfEveryEndpointWithstandsHostileValues() throws Exception {
    Map<String, String> samples = SampleValues.seed(mvc);
    for (Endpoints.Endpoint endpoint : Endpoints.all(context)) {
      if (!endpoint.pattern().startsWith(API)) {
        continue;
      }
      HostileRequests.Body body = HostileRequests.body(endpoint);
      if (body == null) {
        failures.add(endpoint + ": reads a body not described in HostileRequests");
        continue;
      }
      if (body == HostileRequests.Body.SKIPPED) {
        continue;
      }
      Set<String> targets = new LinkedHashSet<>(endpoint.queryParameters());
      targets.addAll(endpoint.pathVariables());
      for (String target : targets) {
        for (String value : draw(HostileValues.TEXTS, ALWAYS)) {
          check(endpoint, samples, target, value, false, false);
        }
      }
      for (String field : HostileRequests.bodyFields(endpoint)) {
        for (String value : draw(HostileValues.TEXTS, ALWAYS)) {
          check(endpoint, samples, field, value, false, true);
        }
        if (body != HostileRequests.Body.INTERACTION_CSV
            && body != HostileRequests.Body.INTERACTION_CSV_UPLOAD) {
          for (String value : draw(HostileValues.JSON_VALUES, 0)) {
            check(endpoint, samples, field, value, true, true);
          }
        }
      }
    }
    assertThat(sent).as("hostile requests sent").isGreaterThan(800);
    assertThat(failures)
        .as(
            "%d of %d hostile requests misanswered (-Dpulse.hostile.seed=%d); first ones",
            failures.size(), sent, seed)
        .satisfies(f -> assertThat(f.subList(0, Math.min(SHOWN, f.size()))).isEmpty());
  }

  /** The first {@code always} values, then {@value #DRAWN} of the others at random (or all). */
  private List<String> draw(List<String> values, int always) {
    if (all) {
      return values;
    }
    List<String> rest = new ArrayList<>(values.subList(always, values.size()));
    Collections.shuffle(rest, random);
    List<String> drawn = new ArrayList<>(values.subList(0, always));
    drawn.addAll(rest.subList(0, Math.min(DRAWN, rest.size())));
    return drawn;
  }

  private void check(
      Endpoints.Endpoint endpoint,
      Map<String, String> samples,
      String target,
      String value,
      boolean rawJson,
      boolean bodyField)
      throws Exception {
    long interactionsBefore = count("interactions");
    long correctionsBefore = count("corrections");
    MockHttpServletResponse response =
        mvc.perform(requests.build(endpoint, samples, target, value, rawJson))
            .andReturn()
            .getResponse();
    sent++;
    String what = endpoint + " " + target + "=" + printable(value) + " -> " + response.getStatus();
    int status = response.getStatus();
    String content = response.getContentAsString();
    if (status >= 500) {
      failures.add(what + " " + abbreviate(content));
      return;
    }
    long created = status >= 300 || !ingests(endpoint) ? 0 : created(status, content);
    if (count("interactions") - interactionsBefore != created) {
      failures.add(
          what
              + ": stored "
              + (count("interactions") - interactionsBefore)
              + ", reported "
              + created);
    }
    long corrections = count("corrections") - correctionsBefore;
    if (corrections != 0 && (status >= 300 || corrections != 1)) {
      failures.add(what + ": wrote " + corrections + " corrections");
    }
    if (status >= 400) {
      checkProblem(what, response, target, endpoint.pathVariables().contains(target));
    } else if (bodyField && content.startsWith("{\"received\"")) {
      JsonNode item = json.readTree(content).path("items").path(0);
      if (item.path("status").asString().equals("rejected")
          && !target.equals(item.path("problem").path("field").asString())) {
        failures.add(what + ": item rejected without naming the field: " + abbreviate(content));
      }
    }
  }

  private void checkProblem(
      String what, MockHttpServletResponse response, String target, boolean pathVariable)
      throws Exception {
    String type = response.getContentType();
    if (type == null || !type.startsWith("application/problem+json")) {
      failures.add(what + ": not problem JSON but " + type);
      return;
    }
    JsonNode problem = json.readTree(response.getContentAsString());
    String field = problem.path("field").asString("");
    // The firewall refuses some paths as a whole (an encoded '/' or NUL): it names the path.
    boolean names = target.equals(field) || pathVariable && field.equals("path");
    int status = response.getStatus();
    // 404 answers a path variable that names nothing; 409 and 413 concern the whole request.
    if (!names && (status == 400 || status == 404 && !pathVariable)) {
      failures.add(what + ": problem does not name the field: " + abbreviate(problem.toString()));
    }
  }

  /** Endpoints that store interactions (others may answer 201 for what they create). */
  private static boolean ingests(Endpoints.Endpoint endpoint) {
    return endpoint.handler().getBeanType().getSimpleName().equals("IngestController");
  }

  private long created(int status, String content) {
    if (status == 201 || status == 202) {
      return 1;
    }
    if (content.startsWith("{\"received\"")) {
      return json.readTree(content).path("created").asLong();
    }
    return 0;
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private static String printable(String value) {
    String shown =
        value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    StringBuilder out = new StringBuilder();
    shown
        .chars()
        .forEach(c ->
            out.append(
                c < 0x20 || Character.isSurrogate((char) c)
                    ? String.format("\\u%04x", c)
                    : String.valueOf((char) c)));
    return out.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
