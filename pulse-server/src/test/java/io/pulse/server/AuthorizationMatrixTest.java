package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Role x endpoint -> allowed or 403, for every endpoint the server registers (a new endpoint
 * without a row here fails, naming it). Each cell is a real request: denied cells must answer 403
 * (401 without credentials), allowed ones anything but 401/403 (usually 400 for the deliberately
 * empty bodies, so nothing changes). Endpoints that start long work without any input are checked
 * through the security chain's own evaluator instead of being called.
 */
class AuthorizationMatrixTest extends H2ServerTest {

  private static final List<String> ROLES =
      List.of("ingest", "analyst", "agent", "reviewer", "dpo", "admin");
  private static final Set<String> PUBLIC = Set.of("public");

  /**
   * Webhooks: authenticated by the sender's HMAC signature, never by a user's role, so without a
   * valid signature every caller gets 401, with or without credentials.
   */
  private static final Set<String> SIGNED = Set.of("signature");

  private static final Set<String> ALL_READERS =
      Set.of("analyst", "agent", "reviewer", "dpo", "admin");
  private static final Set<String> TEXT = Set.of("agent", "reviewer", "dpo", "admin");
  private static final Set<String> REVIEW = Set.of("agent", "reviewer", "admin");
  private static final Set<String> INGEST = Set.of("ingest", "admin");
  private static final Set<String> ADMIN = Set.of("admin");
  private static final Set<String> DPO = Set.of("dpo", "admin");

  /** Endpoints not called with credentials that may run them (long work, nothing to vary). */
  private static final Set<String> NOT_CALLED =
      Set.of("POST /api/v1/models/retrain", "POST /api/v1/models/rollback");

  /** Who may call each endpoint; "public": everyone, also without credentials. */
  static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

  static {
    MATRIX.put("GET /actuator", ADMIN);
    MATRIX.put("GET /actuator/health", PUBLIC);
    MATRIX.put("GET /actuator/health/**", PUBLIC);
    MATRIX.put("GET /actuator/health/{*path}", PUBLIC);
    MATRIX.put("GET /actuator/info", ADMIN);
    MATRIX.put("GET /actuator/metrics", ADMIN);
    MATRIX.put("GET /actuator/metrics/{requiredMetricName}", ADMIN);
    MATRIX.put("GET /actuator/prometheus", ADMIN);
    MATRIX.put("GET /v3/api-docs", PUBLIC);
    MATRIX.put("GET /v3/api-docs.yaml", PUBLIC);
    MATRIX.put("GET /v3/api-docs/swagger-config", PUBLIC);
    MATRIX.put("GET /v3/api-docs/{group}", PUBLIC);
    MATRIX.put("GET /swagger-ui.html", PUBLIC);
    MATRIX.put("GET /error", PUBLIC);
    MATRIX.put("GET /login", PUBLIC);
    MATRIX.put("GET /api/v1/aggregates", ALL_READERS);
    MATRIX.put("GET /api/v1/alerts", ALL_READERS);
    MATRIX.put("GET /api/v1/alerts/calibration", ALL_READERS);
    MATRIX.put("GET /api/v1/alerts/{id}", ALL_READERS);
    MATRIX.put("POST /api/v1/alerts/{id}/acknowledge", Set.of("analyst", "agent", "admin"));
    MATRIX.put("POST /api/v1/alerts/{id}/resolve", Set.of("analyst", "agent", "admin"));
    MATRIX.put("GET /api/v1/analytics/cohorts", ALL_READERS);
    MATRIX.put("POST /api/v1/analytics/cohorts", Set.of("analyst", "admin"));
    MATRIX.put("GET /api/v1/analytics/kpis/alert-response", ALL_READERS);
    MATRIX.put("GET /api/v1/analytics/rfm", ALL_READERS);
    MATRIX.put("POST /api/v1/analytics/rfm", Set.of("analyst", "admin"));
    MATRIX.put("GET /api/v1/analytics/sentiment-rfm", ALL_READERS);
    MATRIX.put("POST /api/v1/analytics/sentiment-rfm", Set.of("analyst", "admin"));
    MATRIX.put("GET /api/v1/aspects", ALL_READERS);
    MATRIX.put("GET /api/v1/aspects/co-occurrence", ALL_READERS);
    MATRIX.put("GET /api/v1/aspects/discovered", ALL_READERS);
    MATRIX.put("GET /api/v1/audit", Set.of("dpo"));
    MATRIX.put("POST /api/v1/customers/pseudonym", Set.of("agent", "dpo", "admin"));
    MATRIX.put("DELETE /api/v1/customers/{reference}", DPO);
    MATRIX.put("GET /api/v1/customers/{reference}/export", DPO);
    MATRIX.put("GET /api/v1/customers/{pseudonym}/timeline", ALL_READERS);
    MATRIX.put("GET /api/v1/conversations/{id}", ALL_READERS);
    MATRIX.put("GET /api/v1/kpis/negative-to-positive", ALL_READERS);
    MATRIX.put("POST /api/v1/webhooks/{source}", SIGNED);
    MATRIX.put("GET /api/v1/dashboard/capabilities", ALL_READERS);
    MATRIX.put("GET /api/v1/dashboard/customers", ALL_READERS);
    MATRIX.put("GET /api/v1/dashboard/drilldown", ALL_READERS);
    MATRIX.put("GET /api/v1/dashboard/heatmap", ALL_READERS);
    MATRIX.put("GET /api/v1/dashboard/names", ALL_READERS);
    MATRIX.put("GET /api/v1/dashboard/overview", ALL_READERS);
    MATRIX.put("GET /api/v1/dashboard/values", ALL_READERS);
    MATRIX.put("GET /api/v1/feedback/agreement", ALL_READERS);
    MATRIX.put("GET /api/v1/interactions", ALL_READERS);
    MATRIX.put("POST /api/v1/interactions", INGEST);
    MATRIX.put("POST /api/v1/interactions/bulk", INGEST);
    MATRIX.put("POST /api/v1/interactions/csv", INGEST);
    MATRIX.put("POST /api/v1/interactions/rescore-fallback", ADMIN);
    MATRIX.put("GET /api/v1/interactions/{id}", ALL_READERS);
    MATRIX.put("POST /api/v1/interactions/{id}/correction", REVIEW);
    MATRIX.put("GET /api/v1/interactions/{id}/corrections", ALL_READERS);
    MATRIX.put("GET /api/v1/interactions/{id}/explanation", TEXT);
    MATRIX.put("GET /api/v1/models", ALL_READERS);
    MATRIX.put("POST /api/v1/models/rescore", ADMIN);
    MATRIX.put("GET /api/v1/models/retrain", ALL_READERS);
    MATRIX.put("POST /api/v1/models/retrain", ADMIN);
    MATRIX.put("GET /api/v1/models/retrain/{id}", ALL_READERS);
    MATRIX.put("DELETE /api/v1/models/retrain/{id}", ADMIN);
    MATRIX.put("POST /api/v1/models/rollback", ADMIN);
    MATRIX.put("GET /api/v1/models/{version}", ALL_READERS);
    MATRIX.put("POST /api/v1/models/{version}/activate", ADMIN);
    MATRIX.put("GET /api/v1/retention", DPO);
    MATRIX.put("POST /api/v1/retention/purge", DPO);
    MATRIX.put("GET /api/v1/review/queue", REVIEW);
    MATRIX.put("POST /api/v1/review/{interactionId}", REVIEW);
    MATRIX.put("GET /api/v1/scoring/backlog", ALL_READERS);
    MATRIX.put("GET /api/v1/tokens", ADMIN);
    MATRIX.put("POST /api/v1/tokens", ADMIN);
    MATRIX.put("DELETE /api/v1/tokens/{id}", ADMIN);
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired WebInvocationPrivilegeEvaluator privileges;

  private Map<String, String> samples;

  @BeforeEach
  void seed() throws Exception {
    samples = new LinkedHashMap<>(SampleValues.seed(mvc));
    samples.put("reference", ServerTestSupport.unique("nobody"));
    samples.put("id", "999999999");
    samples.put("interactionId", "999999999");
  }

  @Test
  void everyEndpointHasARowInTheMatrix() {
    List<String> missing = new ArrayList<>();
    for (Endpoints.Endpoint endpoint : Endpoints.all(context)) {
      if (!MATRIX.containsKey(endpoint.toString())) {
        missing.add(endpoint.toString());
      }
    }
    assertThat(missing).as("endpoints without a row in the authorization matrix").isEmpty();
  }

  @Test
  void everyRoleGetsWhatTheMatrixSaysFromEveryEndpoint() throws Exception {
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Endpoints.Endpoint endpoint : Endpoints.all(context)) {
      Set<String> allowed = MATRIX.get(endpoint.toString());
      if (allowed == null) {
        continue;
      }
      if (allowed == SIGNED) {
        for (String role : ROLES) {
          cells++;
          int status = call(endpoint, role);
          if (status != 401) {
            wrong.add(
                endpoint + " " + role + " without signature -> " + status + " (should be 401)");
          }
        }
      }
      boolean open = allowed == PUBLIC || allowed == SIGNED;
      int anonymous = call(endpoint, null);
      cells++;
      if (allowed == SIGNED) {
        if (anonymous != 401) {
          wrong.add(endpoint + " anonymous without signature -> " + anonymous);
        }
        continue;
      }
      if (open == (anonymous == 401)) {
        wrong.add(endpoint + " anonymous -> " + anonymous);
      }
      for (String role : ROLES) {
        boolean may = open || allowed.contains(role);
        cells++;
        if (may && NOT_CALLED.contains(endpoint.toString())) {
          if (!evaluated(endpoint, role)) {
            wrong.add(endpoint + " " + role + " -> denied by the security chain");
          }
          continue;
        }
        int status = call(endpoint, role);
        if (may ? status == 401 || status == 403 : status != 403) {
          wrong.add(
              endpoint
                  + " "
                  + role
                  + " -> "
                  + status
                  + (may ? " (should be allowed)" : " (should be 403)"));
        }
      }
    }
    assertThat(wrong).as("cells of the authorization matrix that do not hold").isEmpty();
    assertThat(cells).isGreaterThan(7 * 60);
  }

  private int call(Endpoints.Endpoint endpoint, String role) throws Exception {
    MockHttpServletRequestBuilder builder =
        request(HttpMethod.valueOf(endpoint.method()), endpoint.path(samples));
    for (String name : endpoint.requiredParameters()) {
      builder.param(name, SampleValues.of(samples, endpoint, name));
    }
    if (endpoint.pattern().endsWith("/rescore-fallback")) {
      builder.param("limit", "0"); // 400: authorised, but nothing runs
    }
    if (endpoint.pattern().endsWith("/retention/purge")) {
      builder.param("dryRun", "true");
    }
    if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
      builder.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    if (role != null) {
      builder.with(httpBasic(role, role + "-pw"));
    }
    return mvc.perform(builder).andReturn().getResponse().getStatus();
  }

  private boolean evaluated(Endpoints.Endpoint endpoint, String role) {
    List<String> authorities = new ArrayList<>();
    if (role.equals("admin")) {
      authorities.addAll(List.of("ROLE_ADMIN", "ROLE_INGEST", "ROLE_ANALYST"));
    } else {
      authorities.add("ROLE_" + role.toUpperCase(java.util.Locale.ROOT));
    }
    var user =
        UsernamePasswordAuthenticationToken.authenticated(
            role, null, AuthorityUtils.createAuthorityList(authorities));
    return privileges.isAllowed(null, endpoint.path(samples), endpoint.method(), user);
  }
}
