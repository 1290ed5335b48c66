package io.pulse.server;

import io.pulse.scoring.Scoring;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Public entry point of the server: starts the Pulse HTTP service in this JVM.
 *
 * <p>Settings are Spring properties (they override {@code application.properties}), e.g. {@code
 * server.port}, {@code pulse.data-dir}, {@code pulse.demo.enabled}, {@code pulse.model.path},
 * {@code spring.profiles.active=postgres}.
 */
public final class PulseServer implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final CountDownLatch closed;

  private PulseServer(ConfigurableApplicationContext context, CountDownLatch closed) {
    this.context = context;
    this.closed = closed;
  }

  /** Starts the server with the given property overrides; returns once it accepts requests. */
  public static PulseServer start(Map<String, String> properties) {
    Scoring.preferOneNativeThreadPerForwardPass(); // request threads already use every core
    List<String> args = new ArrayList<>();
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    CountDownLatch closed = new CountDownLatch(1);
    SpringApplication application = new SpringApplication(PulseApplication.class);
    application.addListeners(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    return new PulseServer(application.run(args.toArray(String[]::new)), closed);
  }

  /** Runs the server with Spring command-line arguments ({@code --server.port=9090 ...}). */
  public static void main(String[] args) {
    Scoring.preferOneNativeThreadPerForwardPass(); // request threads already use every core
    SpringApplication.run(PulseApplication.class, args);
  }

  /** The HTTP port the server listens on. */
  public int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
  }

  /**
   * The file with the generated password of user {@code admin}, or empty when {@code
   * pulse.security.users} configures the users (then no such file is written or read).
   */
  public Optional<Path> adminPasswordFile() {
    return adminPasswordFile(
        context.getBean(SecurityProperties.class), context.getBean(DataDirectory.class));
  }

  static Optional<Path> adminPasswordFile(SecurityProperties security, DataDirectory data) {
    return security.users().isEmpty()
        ? Optional.of(data.root().resolve(SecurityConfig.ADMIN_PASSWORD_FILE))
        : Optional.empty();
  }

  /** Blocks until the server has shut down (e.g. on Ctrl-C). */
  public void awaitShutdown() throws InterruptedException {
    closed.await();
  }

  /** Stops the server. */
  @Override
  public void close() {
    context.close();
  }
}
