package io.pulse.server;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests against a real HTTP server on a random port (embedded H2, the bundled model), e.g.
 * browser tests. Each subclass gets its own fresh data directory.
 */
@SpringBootTest(
    classes = PulseApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LiveServerTest {

  private static final Path DATA_DIR = ServerTestSupport.newDataDir();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("pulse.data-dir", DATA_DIR::toString);
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
    }
  }
}
