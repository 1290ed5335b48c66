package io.pulse.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.H2ServerTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An IMAP mailbox on a GreenMail server started by the test, polled into conversations. */
class MailboxPollingH2Test extends H2ServerTest {

  private static final GreenMail GREENMAIL = new GreenMail(ServerSetupTest.IMAP.dynamicPort());

  static {
    GREENMAIL.start();
  }

  @Autowired MailboxPolling polling;
  @Autowired JdbcClient jdbc;
  @Autowired PrivacyGuard guard;

  @DynamicPropertySource
  static void mailbox(DynamicPropertyRegistry registry) {
    String box = "pulse.connectors.mailboxes.support.";
    registry.add(box + "host", () -> "127.0.0.1");
    registry.add(box + "port", () -> GREENMAIL.getImap().getPort());
    registry.add(box + "ssl", () -> "false");
    registry.add(box + "username", () -> "support@acme.example");
    registry.add(box + "password", () -> "imap-pw");
    registry.add(box + "poll-interval", () -> "PT1H");
    registry.add(box + "batch-size", () -> "2");
    registry.add(box + "own-addresses", () -> "support@acme.example");
  }

  @AfterAll
  static void stopServer() {
    GREENMAIL.stop();
  }

  private static MimeMessage mail(String headers, String body) throws Exception {
    String raw = headers + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body;
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void threadBecomesOneConversationOfNewTextsAndIsReadOnce() throws Exception {
    GreenMailUser user = GREENMAIL.setUser("support@acme.example", "imap-pw");
    String root = UUID.randomUUID() + "@mail.example";
    String reply = UUID.randomUUID() + "@acme.example";
    String followUp = UUID.randomUUID() + "@mail.example";
    user.deliver(
        mail(
            "From: Tom <tom@example.com>\r\nTo: support@acme.example\r\nSubject: Router\r\n"
                + "Date: Mon, 3 Mar 2025 09:00:00 +0100\r\nMessage-ID: <"
                + root
                + ">\r\n",
            "The router is broken again.\r\n\r\nBest regards,\r\nTom\r\n"));
    user.deliver(
        mail(
            "From: support@acme.example\r\nTo: Tom <tom@example.com>\r\nSubject: Re: Router\r\n"
                + "Date: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <"
                + reply
                + ">\r\n"
                + "In-Reply-To: <"
                + root
                + ">\r\nReferences: <"
                + root
                + ">\r\n",
            "Sorry for the trouble, a technician comes on Friday.\r\n\r\nOn Mon, 3 Mar 2025 at"
                + " 09:00, Tom <tom@example.com> wrote:\r\n> The router is broken again.\r\n"));
    user.deliver(
        mail(
            "From: Tom <tom@example.com>\r\nTo: support@acme.example\r\nSubject: Re: Router\r\n"
                + "Date: Mon, 3 Mar 2025 11:00:00 +0100\r\nMessage-ID: <"
                + followUp
                + ">\r\n"
                + "In-Reply-To: <"
                + reply
                + ">\r\nReferences: <"
                + root
                + "> <"
                + reply
                + ">\r\n",
            "Friday is fine, thanks!\r\n\r\n-----Original Message-----\r\nFrom: support\r\n"
                + "Sent: Monday\r\nTo: Tom\r\nSubject: Re: Router\r\n\r\nSorry for the trouble\r\n"));

    polling.poll("support");

    List<String> turns =
        jdbc.sql(
                "SELECT author_role || '|' || redacted_text FROM interactions"
                    + " WHERE conversation_id = :c ORDER BY occurred_at")
            // a Message-ID looks like an e-mail address: stored as its keyed hash, like every id
            .param("c", guard.protectIdentifier("mail:" + root))
            .query(String.class)
            .list();
    assertThat(turns)
        .containsExactly(
            "customer|The router is broken again.",
            "agent|Sorry for the trouble, a technician comes on Friday.",
            "customer|Friday is fine, thanks!");
    long lastUid =
        jdbc.sql("SELECT last_uid FROM mail_cursors WHERE mailbox = 'support'")
            .query(Long.class)
            .single();

    // polling again (as after a restart: the cursor is read from the database) reads nothing
    assertThat(polling.poll("support")).isZero();
    user.deliver(
        mail(
            "From: anna@example.com\r\nTo: support@acme.example\r\nSubject: Billing\r\n"
                + "Date: Mon, 3 Mar 2025 12:00:00 +0100\r\nMessage-ID: <"
                + UUID.randomUUID()
                + "@mail.example>\r\n",
            "My invoice is wrong.\r\n"));
    assertThat(polling.poll("support")).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT last_uid FROM mail_cursors WHERE mailbox = 'support'")
                .query(Long.class)
                .single())
        .isGreaterThan(lastUid);
  }
}
