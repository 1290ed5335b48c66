package io.pulse.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Pulse servers that {@code pulse bench-ingest} starts as processes of their own (this JVM's
 * classpath and flags), on one PostgreSQL database and with one privacy key, so that it can kill
 * one with SIGKILL and start it again, or run two side by side.
 */
final class BenchServers implements AutoCloseable {

  private final String dbUrl;
  private final String dbUser;
  private final String user;
  private final String password = UUID.randomUUID().toString();
  private final String privacyKey;
  private final List<Server> running = new ArrayList<>();

  BenchServers(String dbUrl, String dbUser, String user) {
    this.dbUrl = dbUrl;
    this.dbUser = dbUser;
    this.user = user;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.privacyKey = Base64.getEncoder().encodeToString(key);
  }

  /** A server process; {@link #kill} ends it with SIGKILL. */
  record Server(Process process, BenchClient client, Path dataDir) {
    void kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful stop
      process.waitFor();
    }
  }

  /** Starts a server on a free loopback port, with this data directory; waits until it is up. */
  Server start(Path dataDir) throws IOException, InterruptedException {
    return start(dataDir, true);
  }

  /**
   * Starts a server; {@code alerts} false switches its alert engine off (the engine's windows live
   * in one instance: docs/architecture.md).
   */
  Server start(Path dataDir, boolean alerts) throws IOException, InterruptedException {
    Files.createDirectories(dataDir);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent"))
            .toList());
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "io.pulse.server.PulseServer"));
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--pulse.data-dir=" + dataDir);
    command.add("--pulse.privacy.key=" + privacyKey);
    command.add("--pulse.security.users." + user + ".password={noop}" + password);
    command.add("--pulse.security.users." + user + ".roles=ingest,analyst,admin");
    command.add("--spring.profiles.active=postgres");
    command.add("--spring.datasource.url=" + dbUrl);
    command.add("--spring.datasource.username=" + dbUser);
    command.add("--pulse.alerts.enabled=" + alerts);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("server.log").toFile())
            .start();
    BenchClient client = new BenchClient(URI.create("http://127.0.0.1:" + port), user, password);
    long deadline =
        System.nanoTime() + Duration.ofMinutes(10).toNanos(); // a loaded machine is slow to start
    while (!client.up()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "the server did not start; see " + dataDir.resolve("server.log"));
      }
      Thread.sleep(200);
    }
    Server server = new Server(process, client, dataDir);
    running.add(server);
    return server;
  }

  @Override
  public void close() {
    for (Server server : running) {
      server.process().destroy();
    }
    for (Server server : running) {
      try {
        server.process().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
