package io.pulse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code pulse import csv FILE --map FIELD=COLUMN...}. */
@Command(
    name = "csv",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a CSV file (header row first) through a column mapping, with the file's"
          + " delimiter, tag separator, date format and time zone. --dry-run shows the first"
          + " rows as Pulse reads them (redacted, pseudonymised, timestamps in UTC) and stores"
          + " nothing.",
      "Example: pulse import csv export.csv --map externalId=Ticket --map timestamp=Created"
          + " --map customer=Requester --map text=Body --map tags=Tags --default-channel ticket"
          + " --delimiter ';' --tag-separator '|' --date-format 'yyyy-MM-dd HH:mm'"
          + " --zone Europe/Oslo --dry-run"
    })
final class ImportCsv implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerConnection server;

  @Parameters(paramLabel = "FILE", description = "the CSV file")
  Path file;

  @Option(
      names = "--map",
      paramLabel = "FIELD=COLUMN",
      required = true,
      description =
          "which column holds a field (repeatable): externalId, timestamp, customer, text"
              + " (required), channel, conversationId, product, tags, language, authorRole")
  Map<String, String> mapping = new LinkedHashMap<>();

  @Option(
      names = "--default-channel",
      paramLabel = "CHANNEL",
      description = "email|ticket|chat|...")
  String defaultChannel;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "field delimiter (or tab)")
  String delimiter;

  @Option(names = "--tag-separator", paramLabel = "TEXT", description = "between tags (default ;)")
  String tagSeparator;

  @Option(names = "--date-format", paramLabel = "PATTERN", description = "e.g. 'dd.MM.yyyy HH:mm'")
  String dateFormat;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "zone of local times, e.g. Europe/Oslo")
  String zone;

  @Option(names = "--dry-run", description = "show the first rows as read; store nothing")
  boolean dryRun;

  @Option(names = "--rows", defaultValue = "10", description = "rows a dry run shows (1-1000)")
  int rows;

  @Override
  public Integer call() {
    return CliFailure.run(
        "import csv",
        spec.commandLine().getErr(),
        () -> {
          if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a readable file");
          }
          Map<String, String> query = new LinkedHashMap<>(mapping);
          query.put("defaultChannel", defaultChannel);
          query.put("delimiter", delimiter);
          query.put("tagSeparator", tagSeparator);
          query.put("dateFormat", dateFormat);
          query.put("zone", zone);
          if (dryRun) {
            query.put("dryRun", "true");
            query.put("rows", Integer.toString(rows));
          }
          JsonNode answer =
              server.post("/api/v1/interactions/csv", query, "text/csv", Files.readAllBytes(file));
          PrintWriter out = spec.commandLine().getOut();
          return dryRun ? printDryRun(answer, out) : printReport(answer, out);
        });
  }

  private int printDryRun(JsonNode answer, PrintWriter out) {
    out.println("dry run: nothing stored; the first rows as Pulse reads them:");
    for (JsonNode row : answer.path("rows")) {
      String where = file + ":" + row.path("line").asInt();
      if ("ok".equals(row.path("status").asString())) {
        JsonNode in = row.path("interaction");
        out.printf(
            Locale.ROOT,
            "%s: %s %s %s customer=%s%s%s %s%n",
            where,
            in.path("externalId").asString(),
            in.path("channel").asString(),
            in.path("timestamp").asString(),
            in.path("customer").asString(),
            in.has("tags") ? " tags=" + in.path("tags") : "",
            in.has("conversationId") ? " conversation=" + in.path("conversationId").asString() : "",
            in.has("text")
                ? "text=\"" + abbreviate(in.path("text").asString()) + "\""
                : "text: " + in.path("textChars").asInt() + " characters (not shown to your role)");
      } else {
        out.println(where + ": rejected: " + row.path("problem").path("detail").asString());
      }
    }
    return 0;
  }

  private int printReport(JsonNode answer, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s: %d rows: created %d, duplicate %d, rejected %d%n",
        file,
        answer.path("received").asInt(),
        answer.path("created").asInt(),
        answer.path("duplicate").asInt(),
        answer.path("rejected").asInt());
    for (JsonNode item : answer.path("items")) {
      if ("rejected".equals(item.path("status").asString())) {
        spec.commandLine()
            .getErr()
            .println(
                file
                    + ":"
                    + item.path("line").asInt()
                    + ": "
                    + item.path("problem").path("detail").asString());
      }
    }
    return answer.path("rejected").asInt() > 0 ? CliFailure.BAD_INPUT : 0;
  }

  private static String abbreviate(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
