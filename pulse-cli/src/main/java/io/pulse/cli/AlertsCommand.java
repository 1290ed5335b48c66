package io.pulse.cli;

import io.pulse.api.AlertPage;
import io.pulse.api.AlertView;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code pulse alerts list|ack|resolve|calibrate}: works with the alerts of a running Pulse server
 * through its API ({@code /api/v1/alerts}), as the user given with {@code --user}.
 */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, acknowledges and resolves the alerts of a running Pulse server ('pulse serve'), and"
          + " replays its stored history to calibrate bands and thresholds.",
      "Connection: --url (or $PULSE_URL), --user (or $PULSE_USER), password from $PULSE_PASSWORD,"
          + " --password-file or the admin.password of 'pulse serve'."
    },
    subcommands = {
      AlertsCommand.ListAlerts.class,
      AlertsCommand.Acknowledge.class,
      AlertsCommand.Resolve.class,
      AlertsCommand.Calibrate.class
    })
final class AlertsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code pulse alerts list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Alerts matching the filters, newest first.")
  static final class ListAlerts implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Option(names = "--level", paramLabel = "L[,L]", description = "green|yellow|orange|red")
    String level;

    @Option(
        names = "--status",
        paramLabel = "S[,S]",
        description = "open|acknowledged|resolved (default: all)")
    String status;

    @Option(
        names = "--kind",
        paramLabel = "K[,K]",
        description =
            "negative_interaction|success_story|aggregate_band|trend_drop|negative_share"
                + "|negative_count")
    String kind;

    @Option(names = "--series", paramLabel = "DIM=VALUE", description = "e.g. product=router-x")
    String series;

    @Option(names = "--from", paramLabel = "TIME", description = "raised at or after (ISO-8601)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "raised before (ISO-8601)")
    String to;

    @Option(names = "--page", defaultValue = "0", description = "page, from 0")
    int page;

    @Option(names = "--size", defaultValue = "50", description = "alerts per page (1-500)")
    int size;

    @Option(names = "--json", description = "print the API answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      return CliFailure.run(
          "alerts list",
          spec.commandLine().getErr(),
          () -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("level", level);
            query.put("status", status);
            query.put("kind", kind);
            query.put("series", series);
            query.put("from", from);
            query.put("to", to);
            query.put("page", Integer.toString(page));
            query.put("size", Integer.toString(size));
            AlertPage answer = server.get("/api/v1/alerts", query, AlertPage.class);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
              out.println(ServerConnection.pretty(answer));
            } else {
              AlertsOutput.list(out, answer);
            }
            return 0;
          });
    }
  }

  /** {@code pulse alerts ack ID}. */
  @Command(
      name = "ack",
      aliases = "acknowledge",
      mixinStandardHelpOptions = true,
      description = "Acknowledges open alerts (recorded with your user name and the time).")
  static final class Acknowledge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "alert ids")
    List<String> ids;

    @Override
    public Integer call() {
      return transition(spec, server, ids, "acknowledge", "ack");
    }
  }

  /** {@code pulse alerts resolve ID}. */
  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description = "Resolves acknowledged alerts (recorded with your user name and the time).")
  static final class Resolve implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "alert ids")
    List<String> ids;

    @Override
    public Integer call() {
      return transition(spec, server, ids, "resolve", "resolve");
    }
  }

  /** {@code pulse alerts calibrate}. */
  @Command(
      name = "calibrate",
      mixinStandardHelpOptions = true,
      description = {
        "Replays the server's stored history with its alert settings, or with some replaced, and"
            + " prints how many alerts each level would have raised per day. Nothing is sent.",
        "Example: pulse alerts calibrate --set bands.orange.lower=-0.6 --set cooldown=PT12H"
      })
  static final class Calibrate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Option(
        names = "--from",
        paramLabel = "TIME",
        description = "start of the history (default: 28 days before --to)")
    String from;

    @Option(
        names = "--to",
        paramLabel = "TIME",
        description = "end of the history (default: after the latest stored interaction)")
    String to;

    @Option(names = "--zone", paramLabel = "ZONE", description = "time zone of the days")
    String zone;

    @Option(
        names = "--set",
        paramLabel = "KEY=VALUE",
        description = "replace one alert setting, named as pulse.alerts.* without the prefix")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--json", description = "print the API answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      return CliFailure.run(
          "alerts calibrate",
          spec.commandLine().getErr(),
          () -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("from", from);
            query.put("to", to);
            query.put("zone", zone);
            settings.forEach((key, value) -> {
              if (List.of("from", "to", "zone").contains(key)) {
                throw new IllegalArgumentException(
                    "--set " + key + " is not a setting; use --" + key);
              }
              query.put(key.startsWith("pulse.") ? key.substring("pulse.".length()) : key, value);
            });
            JsonNode answer = server.get("/api/v1/alerts/calibration", query);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
              out.println(answer.toPrettyString());
            } else {
              AlertsOutput.calibration(out, answer);
            }
            return 0;
          });
    }
  }

  private static int transition(
      CommandSpec spec, ServerConnection server, List<String> ids, String action, String name) {
    return CliFailure.run(
        "alerts " + name,
        spec.commandLine().getErr(),
        () -> {
          PrintWriter out = spec.commandLine().getOut();
          for (String id : ids) {
            AlertView alert =
                server.post(
                    "/api/v1/alerts/" + ServerConnection.encode(id) + "/" + action,
                    AlertView.class);
            AlertsOutput.transition(out, alert);
          }
          return 0;
        });
  }
}
