package io.pulse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The crash and sharing checks of {@code pulse bench-ingest}, with server processes of their own on
 * one PostgreSQL database; the verdicts are read from the database ({@link BenchChecks}).
 */
final class BenchCrash {

  /** Share of the bulk requests acknowledged before the server is killed. */
  private static final double KILL_AFTER = 0.4;

  private BenchCrash() {}

  /**
   * Sends {@code count} interactions in bulk requests, kills the server with SIGKILL once 40% are
   * acknowledged, starts it again on the same data, resends every request that was not acknowledged
   * and checks: nothing lost, nothing stored twice, everything scored once.
   *
   * @return 0 when every check holds, else 1
   */
  static int killAndResend(
      PrintWriter out,
      BenchServers servers,
      BenchLoad load,
      int batch,
      int count,
      String dbUrl,
      String dbUser)
      throws Exception {
    Path dir = Files.createTempDirectory("pulse-bench-kill");
    BenchServers.Server first = servers.start(dir);
    int requests = (count + batch - 1) / batch;
    AtomicIntegerArray acknowledged = new AtomicIntegerArray(requests);
    AtomicInteger acked = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    Thread sender =
        Thread.ofPlatform()
            .start(() -> {
              try {
                for (int r = 0; r < requests; r++) {
                  first
                      .client()
                      .post(
                          "/api/v1/interactions/bulk",
                          "application/x-ndjson",
                          load.ndjson("k", r * batch, Math.min(count, (r + 1) * batch)));
                  acknowledged.set(r, 1);
                  acked.incrementAndGet();
                }
              } catch (Exception killed) {
                // the server died under this request: it is resent below
              } finally {
                done.set(true);
              }
            });
    while (!done.get() && acked.get() < requests * KILL_AFTER) {
      Thread.sleep(5);
    }
    first.kill();
    sender.join();
    int before = acked.get();
    BenchServers.Server second = servers.start(dir);
    int resent = 0;
    int duplicates = 0;
    for (int r = 0; r < requests; r++) {
      if (acknowledged.get(r) == 0) {
        String report =
            second
                .client()
                .post(
                    "/api/v1/interactions/bulk",
                    "application/x-ndjson",
                    load.ndjson("k", r * batch, Math.min(count, (r + 1) * batch)));
        duplicates += BenchClient.JSON.readTree(report).path("duplicate").asInt();
        resent++;
      }
    }
    second.client().drained(Duration.ofMinutes(30));
    BenchChecks checks = BenchChecks.of(dbUrl, dbUser, load.externalIdPrefix("k"));
    out.printf(
        "kill -9:       %d interactions in %d requests; SIGKILL after %d acknowledged; restarted,"
            + " resent %d requests (%d interactions already stored before the kill)%n",
        count, requests, before, resent, duplicates);
    return verdict(out, checks, count);
  }

  /**
   * Two server processes on one database; bulk requests alternate between them. Checks that each
   * interaction was scored once and that both instances scored.
   *
   * @return 0 when every check holds, else 1
   */
  static int twoInstances(
      PrintWriter out,
      BenchServers servers,
      BenchLoad load,
      BenchPhases phases,
      int count,
      String dbUrl,
      String dbUser)
      throws Exception {
    BenchServers.Server a = servers.start(Files.createTempDirectory("pulse-bench-a"));
    BenchServers.Server b = servers.start(Files.createTempDirectory("pulse-bench-b"), false);
    double beforeA = a.client().scoredHere();
    double beforeB = b.client().scoredHere();
    long start = System.nanoTime();
    int created = phases.bulk("t", count, a.client(), b.client());
    double seconds = (a.client().drained(Duration.ofMinutes(30)) - start) / 1e9;
    double byA = a.client().scoredHere() - beforeA;
    double byB = b.client().scoredHere() - beforeB;
    BenchChecks checks = BenchChecks.of(dbUrl, dbUser, load.externalIdPrefix("t"));
    out.printf(
        "two instances: %d accepted alternately; scored in %.2f s = %.0f/s; instance A scored %.0f,"
            + " B %.0f (%.0f scorings for %d interactions)%n",
        created, seconds, created / seconds, byA, byB, byA + byB, created);
    int verdict = verdict(out, checks, count);
    return byA + byB == created && byA > 0 && byB > 0 ? verdict : 1;
  }

  private static int verdict(PrintWriter out, BenchChecks checks, int count) {
    out.printf(
        "               stored %d of %d (lost %d), pending %d, unscored %d, score rows %d,"
            + " scored twice %d%n",
        checks.stored(),
        count,
        count - checks.stored(),
        checks.pending(),
        checks.unscored(),
        checks.scoreRows(),
        checks.scoredTwice());
    out.flush();
    boolean ok = checks.stored() == count && checks.pending() == 0 && checks.scoredTwice() == 0;
    return ok ? 0 : 1;
  }
}
