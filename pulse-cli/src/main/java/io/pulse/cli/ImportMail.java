package io.pulse.cli;

import io.pulse.connect.mail.MailInteractions;
import io.pulse.connect.mail.MailMessage;
import io.pulse.connect.mail.MailParser;
import io.pulse.connect.mail.MboxReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code pulse import mail FILE...}. */
@Command(
    name = "mail",
    mixinStandardHelpOptions = true,
    description = {
      "Imports .eml and .mbox files: each message's new text (quoted replies, forwarded"
          + " messages and signatures removed; HTML read as text; attachments ignored) becomes"
          + " an interaction of its thread's conversation; mail from --own-address is the"
          + " agent's turn, any other mail the customer's. Messages already stored (same"
          + " Message-ID) are reported as duplicates.",
      "Example: pulse import mail support.mbox --own-address support@acme.example"
    })
final class ImportMail implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerConnection server;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = ".eml or .mbox files")
  List<Path> files;

  @Option(
      names = "--own-address",
      paramLabel = "ADDRESS",
      description =
          "the mailbox's own address (repeatable; @domain for a whole domain): its mail is"
              + " outbound")
  List<String> ownAddresses = new ArrayList<>();

  @Option(names = "--batch", defaultValue = "500", description = "interactions per request")
  int batch;

  @Override
  public Integer call() {
    return CliFailure.run(
        "import mail",
        spec.commandLine().getErr(),
        () -> {
          if (batch < 1 || batch > 10_000) {
            throw new IllegalArgumentException("--batch must be 1 to 10000, found " + batch);
          }
          PrintWriter out = spec.commandLine().getOut();
          PrintWriter err = spec.commandLine().getErr();
          if (ownAddresses.isEmpty()) {
            err.println(
                "pulse import mail: no --own-address given: every message counts as the"
                    + " customer's");
          }
          MailInteractions mailbox = MailInteractions.of(ownAddresses);
          Totals totals = new Totals();
          for (Path file : files) {
            importFile(file, mailbox, totals, out);
          }
          out.printf(
              Locale.ROOT,
              "%d messages: %d sent (created %d, duplicate %d, rejected %d), %d skipped%n",
              totals.messages,
              totals.sent,
              totals.created,
              totals.duplicate,
              totals.rejected,
              totals.skipped.values().stream().mapToInt(Integer::intValue).sum());
          totals.skipped.forEach(
              (reason, count) -> out.printf(Locale.ROOT, "  skipped %d: %s%n", count, reason));
          return totals.rejected > 0 || totals.unreadable > 0 ? CliFailure.BAD_INPUT : 0;
        });
  }

  private void importFile(Path file, MailInteractions mailbox, Totals totals, PrintWriter out)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " is not a readable file");
    }
    byte[] bytes = Files.readAllBytes(file);
    boolean mbox =
        file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbox")
            || new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1)
                .equals("From ");
    List<MboxReader.Entry> entries =
        mbox ? MboxReader.split(bytes) : List.of(new MboxReader.Entry(1, bytes));
    List<ObjectNode> items = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    Instant received = Files.getLastModifiedTime(file).toInstant();
    try (ProgressBar bar = bar(file, entries.size())) {
      for (MboxReader.Entry entry : entries) {
        totals.messages++;
        String origin = file + (mbox ? ":" + entry.line() : "");
        MailMessage message;
        try {
          message = MailParser.parse(entry.raw());
        } catch (Exception e) {
          totals.unreadable++;
          spec.commandLine()
              .getErr()
              .println(origin + ": not a readable message (" + e.getClass().getSimpleName() + ")");
          continue;
        }
        MailInteractions.Result result = mailbox.map(message, received);
        if (result.item() == null) {
          totals.skipped.merge(result.skipped(), 1, Integer::sum);
        } else {
          items.add(result.item());
          origins.add(origin);
        }
        if (items.size() >= batch) {
          send(items, origins, totals);
        }
        if (bar != null) {
          bar.step();
        }
      }
      send(items, origins, totals);
    }
    out.flush();
  }

  private void send(List<ObjectNode> items, List<String> origins, Totals totals) {
    if (items.isEmpty()) {
      return;
    }
    JsonNode report = server.post("/api/v1/interactions/bulk", items);
    totals.sent += items.size();
    totals.created += report.path("created").asInt();
    totals.duplicate += report.path("duplicate").asInt();
    totals.rejected += report.path("rejected").asInt();
    for (JsonNode item : report.path("items")) {
      if ("rejected".equals(item.path("status").asString())) {
        spec.commandLine()
            .getErr()
            .println(
                origins.get(item.path("index").asInt())
                    + ": rejected: "
                    + item.path("problem").path("detail").asString());
      }
    }
    items.clear();
    origins.clear();
  }

  private static ProgressBar bar(Path file, int messages) {
    if (messages < 1000) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName(file.getFileName().toString())
        .setInitialMax(messages)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .continuousUpdate()
        .build();
  }

  /** Counts over all files. */
  static final class Totals {
    int messages;
    int sent;
    int created;
    int duplicate;
    int rejected;
    int unreadable;
    final Map<String, Integer> skipped = new TreeMap<>();
  }
}
