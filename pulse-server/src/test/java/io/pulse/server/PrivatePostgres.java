package io.pulse.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own (initdb and pg_ctl on a free port, in a temporary
 * directory), for tests that stop and start the database. The shared server on 5432 is never
 * touched. As root the cluster runs as the {@code postgres} OS user, which PostgreSQL requires.
 * Locally the test is skipped when no PostgreSQL binaries are installed; with {@code CI=true} that
 * is a failure.
 */
public final class PrivatePostgres implements AutoCloseable {

  private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
  private static final String OS_USER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;

  private PrivatePostgres(Path bin, Path dir, int port) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
  }

  /** Creates and starts a new cluster with trust authentication on 127.0.0.1. */
  public static PrivatePostgres start() {
    Path bin = binaries();
    try {
      Path dir = Files.createTempDirectory("pulse-pg-");
      if (asRoot()) {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(dir, users.lookupPrincipalByName(OS_USER));
      }
      PrivatePostgres cluster = new PrivatePostgres(bin, dir, freePort());
      cluster.run(
          "initdb",
          "-D",
          cluster.data().toString(),
          "-U",
          "postgres",
          "--auth=trust",
          "-E",
          "UTF8");
      cluster.startAgain();
      return cluster;
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a private PostgreSQL cluster", e);
    }
  }

  /** JDBC URL of the cluster's {@code postgres} database. */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?reWriteBatchedInserts=true";
  }

  /** Stops the server as an administrator would ({@code pg_ctl stop -m fast}). */
  public void stop() {
    run("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "stop");
  }

  /** Starts the (stopped) server again on the same port. */
  public void startAgain() {
    run(
        "pg_ctl",
        "-D",
        data().toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
        "-w",
        "start");
  }

  /** Stops the server and deletes the cluster. */
  @Override
  public void close() {
    try {
      run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private Path data() {
    return dir.resolve("data");
  }

  private void run(String tool, String... args) {
    List<String> command = new ArrayList<>();
    if (asRoot()) {
      command.addAll(List.of("runuser", "-u", OS_USER, "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(tool + ".out").toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " failed: " + Files.readString(dir.resolve(tool + ".out")));
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
    }
  }

  /** The newest installed PostgreSQL's bin directory; skips (or fails on CI) without one. */
  private static Path binaries() {
    try (Stream<Path> versions =
        Files.isDirectory(INSTALLATIONS) ? Files.list(INSTALLATIONS) : Stream.empty()) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> versionOf(b.getParent())))
          .orElseGet(PrivatePostgres::missing);
    } catch (IOException e) {
      return missing();
    }
  }

  private static int versionOf(Path installation) {
    try {
      return Integer.parseInt(installation.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Path missing() {
    String message = "no PostgreSQL binaries under " + INSTALLATIONS + "/*/bin";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message + " and CI=true: the fault tests must run");
    }
    Assumptions.abort(message);
    return null;
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
