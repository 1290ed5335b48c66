package io.pulse.connect.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MailInteractionsTest {

  private static final MailInteractions MAILBOX =
      MailInteractions.of(List.of("support@acme.example", "@acme.example"));
  private static final Instant RECEIVED = Instant.parse("2025-03-03T12:00:00Z");

  private static MailMessage parse(String name) throws Exception {
    try (var files = Files.list(MailCorpusTest.CORPUS)) {
      Path eml =
          files
              .filter(p -> p.getFileName().toString().endsWith(name + ".eml"))
              .findFirst()
              .orElseThrow();
      return MailParser.parse(Files.readAllBytes(eml));
    }
  }

  @Test
  void inboundMailIsTheCustomersTurnInItsThread() throws Exception {
    ObjectNode item = MAILBOX.map(parse("-gmail-reply-nested"), RECEIVED).item();
    assertThat(item.get("authorRole").asString()).isEqualTo("customer");
    assertThat(item.get("customer").asString()).isEqualTo("tom@example.com");
    assertThat(item.get("channel").asString()).isEqualTo("email");
    assertThat(item.get("conversationId").asString()).isEqualTo("mail:corpus-900@mail.example");
    assertThat(item.get("externalId").asString()).startsWith("mail:corpus-");
    assertThat(item.get("text").asString()).isEqualTo("Any news?");
    assertThat(item.get("timestamp").asString()).isEqualTo("2025-03-04T05:00:00Z");
  }

  @Test
  void mailFromTheMailboxIsTheAgentsTurnAndItsCustomerTheRecipient() throws Exception {
    ObjectNode item = MAILBOX.map(parse("-outbound-agent"), RECEIVED).item();
    assertThat(item.get("authorRole").asString()).isEqualTo("agent");
    assertThat(item.get("customer").asString()).isEqualTo("tom@example.com");
    assertThat(item.get("conversationId").asString()).isEqualTo("mail:corpus-913@mail.example");
  }

  @Test
  void forwardWithoutNewTextAndMessageWithoutIdAreHandled() throws Exception {
    assertThat(MAILBOX.map(parse("-gmail-forward-only"), RECEIVED).skipped())
        .startsWith("no new text");
    MailMessage noId = parse("-no-message-id");
    String first = MAILBOX.map(noId, RECEIVED).item().get("externalId").asString();
    assertThat(first).startsWith("mail:sha256:");
    assertThat(MAILBOX.map(noId, RECEIVED).item().get("externalId").asString()).isEqualTo(first);
  }

  @Test
  void mboxSplitsOnFromLinesAndUnquotesThem() throws Exception {
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    List<Path> messages = MailCorpusTest.messages();
    for (int i = 0; i < 3; i++) {
      mbox.write(
          "From tom@example.com Mon Mar  3 10:00:00 2025\n".getBytes(StandardCharsets.US_ASCII));
      String raw = new String(Files.readAllBytes(messages.get(i)), StandardCharsets.ISO_8859_1);
      mbox.write(raw.replace("\nFrom ", "\n>From ").getBytes(StandardCharsets.ISO_8859_1));
      mbox.write("\n\n".getBytes(StandardCharsets.US_ASCII));
    }
    mbox.write(
        ("From x Mon Mar  3 10:00:00 2025\nFrom: a@example.com\nTo: support@acme.example\n"
                + "Message-ID: <q@x>\n\n>From here on it works.\n")
            .getBytes(StandardCharsets.US_ASCII));
    List<MboxReader.Entry> entries = MboxReader.split(mbox.toByteArray());
    assertThat(entries).hasSize(4);
    assertThat(entries.getFirst().line()).isEqualTo(1);
    for (int i = 0; i < 3; i++) {
      assertThat(MailParser.parse(entries.get(i).raw()).newText())
          .isEqualTo(MailCorpusTest.expected(messages.get(i)));
    }
    assertThat(MailParser.parse(entries.get(3).raw()).newText())
        .isEqualTo("From here on it works.");
  }
}
