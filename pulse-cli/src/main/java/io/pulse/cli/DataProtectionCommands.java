package io.pulse.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code pulse erase} and {@code pulse purge}: data-subject erasure and retention on a server. */
final class DataProtectionCommands {

  private DataProtectionCommands() {}

  /** {@code pulse erase --customer REF}. */
  @Command(
      name = "erase",
      mixinStandardHelpOptions = true,
      description = {
        "Erase everything a running Pulse server stores about one customer (GDPR Art. 17):"
            + " interactions, scores, aspects, emotions, corrections, review items, alerts,"
            + " queue entries. Prints the rows removed per kind; repeating it removes nothing"
            + " more. Needs role dpo or admin."
      })
  static final class Erase implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Option(
        names = "--customer",
        required = true,
        paramLabel = "REF",
        description = "the customer reference as the source system knows it")
    String customer;

    @Option(names = "--json", description = "print the API answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      return CliFailure.run(
          "erase",
          spec.commandLine().getErr(),
          () -> {
            JsonNode answer =
                server.delete("/api/v1/customers/" + ServerConnection.encode(customer.strip()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
              out.println(ServerConnection.pretty(answer));
              return 0;
            }
            out.printf(
                Locale.ROOT,
                "erased customer %s at %s%n",
                answer.path("customer").asString(),
                answer.path("erasedAt").asString());
            counts(out, answer.path("erased"));
            return 0;
          });
    }
  }

  /** {@code pulse purge [--dry-run]}. */
  @Command(
      name = "purge",
      mixinStandardHelpOptions = true,
      description = {
        "Apply the retention periods of a running Pulse server now (pulse.retention.*): message"
            + " text older than 'text' (scores and aspects stay), interactions older than"
            + " 'scores', alerts older than 'alerts', audit rows older than 'audit'. Needs role"
            + " dpo or admin."
      })
  static final class Purge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Option(names = "--dry-run", description = "only count what would be removed")
    boolean dryRun;

    @Option(names = "--json", description = "print the API answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      return CliFailure.run(
          "purge",
          spec.commandLine().getErr(),
          () -> {
            JsonNode answer = server.post("/api/v1/retention/purge?dryRun=" + dryRun);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
              out.println(ServerConnection.pretty(answer));
              return 0;
            }
            out.println(dryRun ? "would remove (dry run):" : "removed:");
            counts(out, answer.path("counts"));
            JsonNode cutoffs = answer.path("cutoffs");
            for (String kind : new String[] {"text", "scores", "alerts", "audit"}) {
              out.printf(Locale.ROOT, "  %-8s before %s%n", kind, cutoffs.path(kind).asString());
            }
            return 0;
          });
    }
  }

  private static void counts(PrintWriter out, JsonNode counts) {
    for (Map.Entry<String, JsonNode> e : counts.properties()) {
      out.printf(Locale.ROOT, "  %-16s %8d%n", e.getKey(), e.getValue().asLong());
    }
  }
}
