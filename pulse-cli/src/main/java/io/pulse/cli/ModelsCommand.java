package io.pulse.cli;

import io.pulse.api.ModelVersionView;
import io.pulse.api.Models;
import io.pulse.api.RescoreReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** {@code pulse models list|activate|rollback|rescore}: the model registry of a running server. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = {
      "The model registry of a running Pulse server: versions, activation without downtime,"
          + " rollback and re-scoring (activate, rollback and rescore need role admin)."
    },
    subcommands = {
      ModelsCommand.ListModels.class,
      ModelsCommand.Activate.class,
      ModelsCommand.Rollback.class,
      ModelsCommand.Rescore.class
    })
final class ModelsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code pulse models list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Registered versions.")
  static final class ListModels implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Option(names = "--json", description = "print the API answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      return CliFailure.run(
          "models list",
          spec.commandLine().getErr(),
          () -> {
            Models answer = server.get("/api/v1/models", Map.of(), Models.class);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
              out.println(ServerConnection.pretty(answer));
              return 0;
            }
            out.printf(
                Locale.ROOT,
                "%-36s %-9s %-20s %8s %8s%n",
                "version",
                "status",
                "created",
                "accuracy",
                "macroF1");
            for (ModelVersionView v : answer.versions()) {
              // manifest and gate are documents of their own, read as such
              JsonNode gate =
                  v.gate() == null ? MissingNode.getInstance() : v.gate().path("candidate");
              JsonNode dev =
                  v.manifest() == null
                      ? MissingNode.getInstance()
                      : v.manifest().path("metrics").path("dev");
              double accuracy =
                  gate.isMissingNode()
                      ? dev.path("accuracy").asDouble(Double.NaN)
                      : gate.path("holdoutAccuracy").asDouble();
              double f1 =
                  gate.isMissingNode()
                      ? dev.path("macroF1").asDouble(Double.NaN)
                      : gate.path("holdoutMacroF1").asDouble();
              out.printf(
                  Locale.ROOT,
                  "%-36s %-9s %-20.20s %8.4f %8.4f%n",
                  v.version(),
                  v.status(),
                  String.valueOf(v.createdAt()),
                  accuracy,
                  f1);
            }
            return 0;
          });
    }
  }

  /** {@code pulse models activate VERSION}. */
  @Command(
      name = "activate",
      mixinStandardHelpOptions = true,
      description = "Serve this version from now on.")
  static final class Activate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Parameters(paramLabel = "VERSION")
    String version;

    @Override
    public Integer call() {
      return CliFailure.run(
          "models activate",
          spec.commandLine().getErr(),
          () -> {
            ModelVersionView v =
                server.post(
                    "/api/v1/models/" + ServerConnection.encode(version) + "/activate",
                    ModelVersionView.class);
            spec.commandLine().getOut().println("active: " + v.version());
            return 0;
          });
    }
  }

  /** {@code pulse models rollback}. */
  @Command(
      name = "rollback",
      mixinStandardHelpOptions = true,
      description = "Serve the version that was active before the current one.")
  static final class Rollback implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Override
    public Integer call() {
      return CliFailure.run(
          "models rollback",
          spec.commandLine().getErr(),
          () -> {
            ModelVersionView v = server.post("/api/v1/models/rollback", ModelVersionView.class);
            spec.commandLine().getOut().println("active: " + v.version());
            return 0;
          });
    }
  }

  /** {@code pulse models rescore --from --to}. */
  @Command(
      name = "rescore",
      mixinStandardHelpOptions = true,
      description =
          "Re-score interactions that occurred in [from, to) with the active model; corrections"
              + " stay.")
  static final class Rescore implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Option(names = "--from", required = true, paramLabel = "TIME")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TIME")
    String to;

    @Override
    public Integer call() {
      return CliFailure.run(
          "models rescore",
          spec.commandLine().getErr(),
          () -> {
            RescoreReport r =
                server.post(
                    "/api/v1/models/rescore", Map.of("from", from, "to", to), RescoreReport.class);
            spec.commandLine()
                .getOut()
                .printf(
                    Locale.ROOT,
                    "model %s: %d re-scored, %d unchanged, %d corrections kept, %d skipped%n",
                    r.version(),
                    r.rescored(),
                    r.unchanged(),
                    r.keptHuman(),
                    r.skipped());
            return 0;
          });
    }
  }
}
