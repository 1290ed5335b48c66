package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Calls every GET endpoint (enumerated from the request mappings) three times the pool size and
 * checks after each call that no database connection stayed out, then that a query still answers.
 * Run against H2 and PostgreSQL.
 */
final class PoolLeakChecks {

  /** Mappings that are not endpoints of their own: Spring's error page. */
  private static final String ERROR_PAGE = "/error";

  /** The OpenAPI description is generated from the code, without the database (0.5 s a call). */
  private static final String OPENAPI = "org.springdoc.";

  private final ApplicationContext context;
  private final MockMvc mvc;
  private final HikariDataSource pool;
  private final JdbcClient jdbc;

  PoolLeakChecks(ApplicationContext context, MockMvc mvc) {
    this.context = context;
    this.mvc = mvc;
    this.pool = unwrap(context.getBean(DataSource.class));
    this.jdbc = context.getBean(JdbcClient.class);
  }

  void everyGetEndpointGivesBackItsConnections() throws Exception {
    Map<String, String> samples = SampleValues.seed(mvc);
    int calls = 3 * pool.getMaximumPoolSize();
    int endpoints = 0;
    for (Endpoints.Endpoint endpoint : Endpoints.all(context, "GET")) {
      if (endpoint.pattern().equals(ERROR_PAGE)
          || endpoint.handler().getBeanType().getName().startsWith(OPENAPI)) {
        continue;
      }
      endpoints++;
      for (int i = 0; i < calls; i++) {
        MockHttpServletRequestBuilder request =
            get(endpoint.path(samples)).with(httpBasic("admin", "admin-pw"));
        for (String name : endpoint.requiredParameters()) {
          request.param(name, SampleValues.of(samples, endpoint, name));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as("%s call %d: status", endpoint, i + 1).isLessThan(500);
        assertIdle(endpoint + " call " + (i + 1));
      }
    }
    assertThat(endpoints).as("GET endpoints called").isGreaterThan(30);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM interactions").query(Long.class).single())
        .as("a query answers after all calls")
        .isPositive();
  }

  private void assertIdle(String after) throws InterruptedException {
    HikariPoolMXBean bean = pool.getHikariPoolMXBean();
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    // Background work (the alert scheduler) may hold a connection for a moment.
    while (bean.getActiveConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(bean.getActiveConnections()).as("connections in use after " + after).isZero();
  }

  private static HikariDataSource unwrap(DataSource dataSource) {
    try {
      return dataSource.unwrap(HikariDataSource.class);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("the server's pool is not Hikari", e);
    }
  }
}
