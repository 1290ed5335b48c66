package io.pulse.cli;

import io.pulse.server.PulseServer;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulse bench-ingest}: a bounded load generator for the ingest API (loopback only) that
 * measures each goal of scoring behind the request path: bulk accept rate, accepted-to-scored rate,
 * single accept latency, accept-to-scored latency at an offered rate; with {@code --kill-test}, a
 * SIGKILL during a bulk load, a restart and a resend of what was not acknowledged; with {@code
 * --instances 2}, two server processes on one PostgreSQL database sharing the queue.
 */
@Command(
    name = "bench-ingest",
    mixinStandardHelpOptions = true,
    description =
        "Measures accept (validate, redact, store, queue) and scoring behind it: bulk accept rate,"
            + " accepted -> scored rate, single accept latency, accept -> scored latency at an"
            + " offered rate; --kill-test and --instances 2 check crash safety and shared queues"
            + " (with --db-url). Starts an embedded server unless --url is given; loopback only.")
final class IngestBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--url", description = "Running server, e.g. http://127.0.0.1:8080.")
  URI url;

  @Option(
      names = "--user",
      defaultValue = "admin",
      description = "User (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--password", description = "Password (embedded server: generated).")
  String password;

  @Option(
      names = "--db-url",
      description = "JDBC URL of an empty PostgreSQL database (default: embedded H2).")
  String dbUrl;

  @Option(names = "--db-user", defaultValue = "postgres", description = "Database user.")
  String dbUser;

  @Option(names = "--bulk", defaultValue = "20000", description = "Interactions sent in bulk.")
  int bulk;

  @Option(names = "--batch", defaultValue = "1000", description = "Interactions per bulk request.")
  int batch;

  @Option(
      names = "--warmup",
      defaultValue = "20000",
      description =
          "Interactions sent (and scored) before the timed phases (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--single", defaultValue = "1000", description = "Single-interaction requests.")
  int single;

  @Option(names = "--concurrency", defaultValue = "4", description = "Parallel clients.")
  int concurrency;

  @Option(
      names = "--rate",
      defaultValue = "200",
      description = "Offered single interactions per second in the latency phase (0: skip).")
  int rate;

  @Option(names = "--rate-seconds", defaultValue = "30", description = "Length of that phase.")
  int rateSeconds;

  @Option(
      names = "--kill-test",
      description = "Kill -9 the server during the bulk load, restart, resend (needs --db-url).")
  boolean killTest;

  @Option(
      names = "--instances",
      defaultValue = "1",
      description = "2: two server processes on one database share the queue (needs --db-url).")
  int instances;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return CliFailure.run(
        "bench-ingest",
        spec.commandLine().getErr(),
        () -> {
          validate();
          String run = UUID.randomUUID().toString().substring(0, 8);
          BenchLoad load = new BenchLoad(run);
          BenchPhases phases = new BenchPhases(load, batch, concurrency);
          if (killTest || instances == 2) {
            try (BenchServers servers = new BenchServers(dbUrl, dbUser, user)) {
              return killTest
                  ? BenchCrash.killAndResend(out, servers, load, batch, bulk, dbUrl, dbUser)
                  : BenchCrash.twoInstances(out, servers, load, phases, bulk, dbUrl, dbUser);
            }
          }
          if (url != null) {
            return timed(out, new BenchClient(url, user, password), load, phases);
          }
          try (PulseServer server = PulseServer.start(embeddedSettings())) {
            BenchClient client =
                new BenchClient(URI.create("http://127.0.0.1:" + server.port()), user, password);
            return timed(out, client, load, phases);
          }
        });
  }

  private void validate() {
    if (bulk < 1 || bulk > 1_000_000 || single < 0 || single > 100_000 || batch < 1) {
      throw new IllegalArgumentException(
          "--bulk must be 1..1000000, --single 0..100000, --batch at least 1");
    }
    if (rate < 0 || rate > 10_000 || rateSeconds < 1 || rateSeconds > 3600) {
      throw new IllegalArgumentException("--rate must be 0..10000 and --rate-seconds 1..3600");
    }
    if (instances != 1 && instances != 2) {
      throw new IllegalArgumentException("--instances must be 1 or 2; found " + instances);
    }
    if ((killTest || instances == 2) && (dbUrl == null || url != null)) {
      throw new IllegalArgumentException(
          "--kill-test and --instances 2 start their own servers: give --db-url, not --url");
    }
  }

  private Map<String, String> embeddedSettings() throws java.io.IOException {
    Path dataDir = Files.createTempDirectory("pulse-bench");
    password = UUID.randomUUID().toString();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("server.address", "127.0.0.1");
    settings.put("pulse.data-dir", dataDir.toString());
    settings.put("pulse.security.users." + user + ".password", password);
    settings.put("pulse.security.users." + user + ".roles", "ingest,analyst,admin");
    if (dbUrl != null) {
      settings.put("spring.profiles.active", "postgres");
      settings.put("spring.datasource.url", dbUrl);
      settings.put("spring.datasource.username", dbUser);
    }
    return settings;
  }

  private int timed(PrintWriter out, BenchClient client, BenchLoad load, BenchPhases phases)
      throws Exception {
    out.printf("warm-up: %d interactions in bulk, %d single, all scored ...%n", warmup, 100);
    out.flush();
    phases.bulk("w", warmup, client);
    phases.single(client, "ws", Math.min(single, 100));
    client.drained(Duration.ofMinutes(30));

    long start = System.nanoTime();
    int stored = phases.bulk("b", bulk, client);
    double accept = (System.nanoTime() - start) / 1e9;
    double scored = (client.drained(Duration.ofMinutes(30)) - start) / 1e9;
    out.printf(
        "bulk accept:   %d interactions (%d per request, %d clients) in %.2f s = %.0f"
            + " interactions/s%n",
        stored, batch, concurrency, accept, stored / accept);
    out.printf(
        "scoring:       the same %d accepted -> scored in %.2f s = %.0f interactions/s%n",
        stored, scored, stored / scored);

    if (single > 0) {
      long[] latencies = phases.single(client, "s", single);
      out.printf(
          "single accept: %d requests (%d clients): %s%n",
          latencies.length, concurrency, BenchLoad.percentiles(latencies));
      client.drained(Duration.ofMinutes(30));
    }
    if (rate > 0) {
      BenchPhases.Offered offered = phases.offered(client, "r", rate, rateSeconds);
      client.drained(Duration.ofMinutes(30));
      List<Duration> toScored = BenchPhases.acceptToScored(client, load.product("r"));
      out.printf(
          "offered %d/s for %d s: accept %s; %d requests failed%n",
          rate, rateSeconds, BenchLoad.percentiles(offered.latencies()), offered.failed());
      out.printf(
          "               accept -> scored (%d of %d): %s%n",
          toScored.size(),
          offered.latencies().length,
          BenchLoad.percentiles(toScored.stream().mapToLong(Duration::toNanos).toArray()));
    }
    out.flush();
    return 0;
  }
}
