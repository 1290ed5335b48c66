package io.pulse.cli;

import io.pulse.server.PulseServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulse serve}: runs the HTTP service (ingest, scoring, storage, query) until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the Pulse service: ingest API, scoring, storage (embedded H2 or PostgreSQL) and"
          + " query API. OpenAPI at /v3/api-docs and /swagger-ui.html.",
      "Any server setting can also be given as --spring-style property through PULSE_JAVA_OPTS"
          + " (-Dpulse.ingest.batch-size=512) or environment (PULSE_DB_URL, PULSE_PRIVACY_KEY)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--demo",
      description = "Load the bundled airline tweets on start when the store is empty.")
  boolean demo;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "pulse-data",
      description = "Embedded database and generated secrets (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "DIR",
      description = "Model directory written by 'pulse train' (default: the bundled model).")
  Path model;

  @Option(
      names = "--postgres",
      description =
          "Store in PostgreSQL (PULSE_DB_URL, PULSE_DB_USER, PULSE_DB_PASSWORD; default"
              + " jdbc:postgresql://127.0.0.1:5432/pulse) instead of the embedded H2 database.")
  boolean postgres;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "serve",
        spec.commandLine().getErr(),
        () -> {
          Map<String, String> settings = new LinkedHashMap<>();
          settings.put("server.port", Integer.toString(port));
          settings.put("pulse.data-dir", dataDir.toAbsolutePath().toString());
          settings.put("pulse.demo.enabled", Boolean.toString(demo));
          if (model != null) {
            settings.put("pulse.model.path", model.toAbsolutePath().toString());
          }
          if (postgres) {
            settings.put("spring.profiles.active", "postgres");
          }
          try (PulseServer server = start(settings)) {
            banner(out, server.port(), server.adminPasswordFile(), demo);
            out.flush();
            server.awaitShutdown();
          }
          return 0;
        });
  }

  /** What a user needs to start: the addresses, how to sign in, and how to stop. */
  static void banner(PrintWriter out, int port, Optional<Path> adminPasswordFile, boolean demo) {
    out.println("Pulse is listening on http://localhost:" + port);
    out.println("  Dashboard: http://localhost:" + port + "/");
    out.println("  API docs:  http://localhost:" + port + "/swagger-ui.html");
    out.println(
        adminPasswordFile
            .map(file -> "  Login:     user 'admin', password in " + file)
            .orElse("  Login:     the users configured in pulse.security.users"));
    if (demo) {
      out.println("  Demo data: loading the airline tweets in the background");
    }
    out.println("Press Ctrl-C to stop.");
  }

  private static PulseServer start(Map<String, String> settings) {
    try {
      return PulseServer.start(settings);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new IllegalStateException("the server did not start: " + root.getMessage(), e);
    }
  }
}
