package io.pulse.cli;

import io.pulse.api.CorrectionView;
import io.pulse.api.LabelRequest;
import io.pulse.api.ReviewItemView;
import io.pulse.api.ReviewQueue;
import io.pulse.api.ReviewResult;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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

/** {@code pulse correct} and {@code pulse review}: the learning loop of a running server. */
final class FeedbackCommands {
  private FeedbackCommands() {}

  /** {@code pulse correct ID --label L}. */
  @Command(
      name = "correct",
      mixinStandardHelpOptions = true,
      description = {
        "Sets the right label of a stored interaction on a running Pulse server. The label is the"
            + " gold label for analytics and retraining from then on; your user name and the time"
            + " are kept.",
        "Example: pulse correct 4711 --label neutral --note \"engineering term\""
      })
  static final class Correct implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Parameters(paramLabel = "ID", description = "interaction id (as in the query API)")
    long id;

    @Option(
        names = "--label",
        required = true,
        paramLabel = "LABEL",
        description = "negative|neutral|positive")
    String label;

    @Option(names = "--note", paramLabel = "TEXT", description = "optional note")
    String note;

    @Override
    public Integer call() {
      return CliFailure.run(
          "correct",
          spec.commandLine().getErr(),
          () -> {
            CorrectionView answer =
                server.post(
                    "/api/v1/interactions/" + id + "/correction",
                    new LabelRequest(label, note),
                    CorrectionView.class);
            spec.commandLine()
                .getOut()
                .printf(
                    Locale.ROOT,
                    "interaction %d: %s -> %s (by %s at %s)%n",
                    id,
                    answer.previousLabel() == null ? "?" : answer.previousLabel(),
                    answer.label(),
                    answer.correctedBy(),
                    answer.correctedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            return 0;
          });
    }
  }

  /** {@code pulse review [ID --label L] [--agreement]}. */
  @Command(
      name = "review",
      mixinStandardHelpOptions = true,
      description = {
        "Spot checks of a running Pulse server: without ID lists the review queue; with ID and"
            + " --label answers one (the model's label confirms, another corrects);"
            + " --agreement shows how often model and reviewers agree.",
        "Example: pulse review; pulse review 4711 --label negative; pulse review --agreement"
      })
  static final class Review implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerConnection server;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "interaction id to answer")
    Long id;

    @Option(names = "--label", paramLabel = "LABEL", description = "negative|neutral|positive")
    String label;

    @Option(names = "--limit", defaultValue = "20", description = "items to list (1-500)")
    int limit;

    @Option(names = "--agreement", description = "show model-reviewer agreement")
    boolean agreement;

    @Option(names = "--from", paramLabel = "TIME", description = "agreement from (ISO-8601)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "agreement to (ISO-8601)")
    String to;

    @Option(names = "--json", description = "print the API answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      return CliFailure.run(
          "review",
          spec.commandLine().getErr(),
          () -> {
            PrintWriter out = spec.commandLine().getOut();
            if (agreement) {
              Map<String, String> query = new LinkedHashMap<>();
              query.put("from", from);
              query.put("to", to);
              JsonNode answer = server.get("/api/v1/feedback/agreement", query);
              if (json) {
                out.println(answer.toPrettyString());
              } else {
                printAgreement(out, answer);
              }
            } else if (id != null) {
              if (label == null) {
                throw new IllegalArgumentException("--label is needed to answer a review");
              }
              ReviewResult answer =
                  server.post(
                      "/api/v1/review/" + id, new LabelRequest(label, null), ReviewResult.class);
              out.println(
                  json
                      ? ServerConnection.pretty(answer)
                      : String.format(
                          Locale.ROOT,
                          "interaction %d %s (model %s, you %s)",
                          id,
                          answer.status(),
                          answer.modelLabel(),
                          answer.reviewerLabel()));
            } else {
              ReviewQueue answer =
                  server.get(
                      "/api/v1/review/queue",
                      Map.of("limit", Integer.toString(limit)),
                      ReviewQueue.class);
              if (json) {
                out.println(ServerConnection.pretty(answer));
              } else {
                printQueue(out, answer);
              }
            }
            return 0;
          });
    }

    private static void printQueue(PrintWriter out, ReviewQueue queue) {
      out.printf(Locale.ROOT, "%d pending%n", queue.pending());
      out.printf(Locale.ROOT, "%-10s %-9s %5s  %s%n", "id", "model", "conf", "text");
      for (ReviewItemView item : queue.items()) {
        String text = item.text().replaceAll("\\s+", " ");
        out.printf(
            Locale.ROOT,
            "%-10d %-9s %5.2f  %s%n",
            item.interactionId(),
            item.modelLabel(),
            item.confidence(),
            text.length() > 100 ? text.substring(0, 97) + "..." : text);
      }
    }

    private static void printAgreement(PrintWriter out, JsonNode answer) {
      JsonNode overall = answer.path("overall");
      out.printf(Locale.ROOT, "answered spot checks: %d%n", overall.path("n").asInt());
      if (overall.path("n").asInt() == 0) {
        return;
      }
      out.printf(
          Locale.ROOT,
          "accuracy %.3f  macro-F1 %.3f  (weighted by 1/sampling probability; plain %.3f)%n",
          overall.path("accuracy").asDouble(),
          overall.path("macroF1").asDouble(),
          overall.path("sampleAccuracy").asDouble());
      out.println("confusion (rows = reviewer, columns = model: negative neutral positive)");
      for (JsonNode row : overall.path("confusion")) {
        out.printf(
            Locale.ROOT,
            "  %6d %6d %6d%n",
            row.get(0).asInt(),
            row.get(1).asInt(),
            row.get(2).asInt());
      }
      for (JsonNode period : answer.path("series")) {
        out.printf(
            Locale.ROOT,
            "%s  n=%-5d accuracy %.3f%n",
            period.path("period").asString(),
            period.path("n").asInt(),
            period.path("accuracy").asDouble());
      }
    }
  }
}
