package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse import mail} and {@code pulse import csv} against a stand-in ingest API. */
class ImportCommandTest {

  @TempDir Path dir;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private StandInApi api;

  @BeforeEach
  void start() throws IOException {
    api =
        StandInApi.start(
            dir,
            "/api/v1/interactions",
            exchange -> {
              String sent =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              requests.add(exchange.getRequestURI() + " " + sent);
              String body =
                  exchange.getRequestURI().getQuery() != null
                          && exchange.getRequestURI().getQuery().contains("dryRun=true")
                      ? "{\"stored\":false,\"rows\":[{\"line\":2,\"status\":\"ok\",\"interaction\":"
                          + "{\"externalId\":\"t-1\",\"channel\":\"ticket\",\"timestamp\":"
                          + "\"2025-11-30T08:14:00Z\",\"customer\":\"c_0123\",\"tags\":[\"a\",\"b\"],"
                          + "\"text\":\"Double charge\"}},{\"line\":3,\"status\":\"rejected\","
                          + "\"problem\":{\"detail\":\"timestamp '30.11' does not match\"}}]}"
                      : "{\"received\":2,\"created\":1,\"duplicate\":1,\"rejected\":0,\"items\":[]}";
              return StandInApi.Answer.ok(body);
            });
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void mailboxFileIsSentAsInteractionsOfNewTextWithRoles() throws Exception {
    String mbox =
        "From tom@example.com Mon Mar  3 10:00:00 2025\n"
            + "From: Tom <tom@example.com>\nTo: support@acme.example\nMessage-ID: <a@x>\n"
            + "Date: Mon, 3 Mar 2025 10:00:00 +0000\nSubject: Router\n\n"
            + "The router is broken.\n\nOn Sun, 2 Mar 2025, Acme <support@acme.example> wrote:\n"
            + "> Anything else?\n\n"
            + "From support@acme.example Mon Mar  3 11:00:00 2025\n"
            + "From: support@acme.example\nTo: tom@example.com\nMessage-ID: <b@x>\n"
            + "In-Reply-To: <a@x>\nReferences: <a@x>\n"
            + "Date: Mon, 3 Mar 2025 11:00:00 +0000\nSubject: Re: Router\n\n"
            + "Sorry, we will fix it.\n\nBest regards,\nAcme\n";
    Path file = Files.writeString(dir.resolve("support.mbox"), mbox);
    Run run =
        api.run(
            new PulseCommand(),
            "import",
            "mail",
            file.toString(),
            "--own-address",
            "support@acme.example");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 messages: 2 sent (created 1, duplicate 1, rejected 0)");
    assertThat(requests)
        .singleElement()
        .satisfies(request -> {
          assertThat(request).startsWith("/api/v1/interactions/bulk ");
          assertThat(request).contains("\"text\":\"The router is broken.\"");
          assertThat(request)
              .contains("\"authorRole\":\"agent\"", "\"text\":\"Sorry, we will fix it.\"");
          assertThat(request).contains("\"conversationId\":\"mail:a@x\"");
        });
  }

  @Test
  void csvDryRunSendsTheOptionsAndPrintsRowsAsRead() throws Exception {
    Path file =
        Files.writeString(dir.resolve("export.csv"), "Ticket;Created\nt-1;2025-11-30 09:14\n");
    Run run =
        api.run(
            new PulseCommand(),
            "import",
            "csv",
            file.toString(),
            "--map",
            "externalId=Ticket",
            "--map",
            "timestamp=Created",
            "--delimiter",
            ";",
            "--tag-separator",
            "|",
            "--date-format",
            "yyyy-MM-dd HH:mm",
            "--zone",
            "Europe/Oslo",
            "--dry-run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(requests.getFirst())
        .contains("delimiter=%3B", "tagSeparator=%7C", "zone=Europe%2FOslo", "dryRun=true");
    assertThat(run.out())
        .contains("dry run: nothing stored")
        .contains(":2: t-1 ticket 2025-11-30T08:14:00Z customer=c_0123 tags=[\"a\",\"b\"]")
        .contains(":3: rejected: timestamp '30.11' does not match");
  }
}
