package io.pulse.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    oneNativeThreadPerRequest();
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
    oneNativeThreadPerRequest();
    SpringApplication.run(PulseApplication.class, args);
  }

  /**
   * The server scores on many request threads at once; PyTorch's own thread pools on top of that
   * oversubscribe the cores and stretch the latency tail (measured: single-request p99 55 ms with
   * two native threads per forward pass, 44 ms with one, at equal bulk throughput). Explicit
   * settings ({@code -Dai.djl.pytorch.num_threads=...}) win.
   */
  private static void oneNativeThreadPerRequest() {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
    }
    if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
  }

  /** The HTTP port the server listens on. */
  public int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
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
