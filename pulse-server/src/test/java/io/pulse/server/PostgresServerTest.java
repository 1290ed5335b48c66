package io.pulse.server;

import io.pulse.core.SentimentScorer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Base of tests that share one server context on a fresh PostgreSQL database (fake scorer). Skipped
 * locally when PostgreSQL is down; fails with CI=true.
 */
@SpringBootTest(classes = PulseApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
public abstract class PostgresServerTest {

  private static final Path DATA_DIR = ServerTestSupport.newDataDir();

  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.requireAvailable();
  }

  @TestBean(name = "sentimentScorer", methodName = "io.pulse.server.FakeScorer#create")
  protected SentimentScorer scorer;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", PostgresTestDatabase::sharedUrl);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("pulse.data-dir", DATA_DIR::toString);
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }
}
