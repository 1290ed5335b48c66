package io.pulse.server;

import io.pulse.core.SentimentScorer;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Base of tests that share one server context on the embedded H2 file database (fake scorer). Keep
 * its configuration identical across subclasses so the context is reused.
 */
@SpringBootTest(classes = PulseApplication.class)
@AutoConfigureMockMvc
public abstract class H2ServerTest {

  private static final Path DATA_DIR = ServerTestSupport.newDataDir();

  @TestBean(name = "sentimentScorer", methodName = "io.pulse.server.FakeScorer#create")
  protected SentimentScorer scorer;

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    registry.add("pulse.data-dir", DATA_DIR::toString);
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }
}
