package io.pulse.connect.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IMAP poller against a GreenMail server started by the test (IMAP and IMAPS). */
class ImapPollerTest {

  @RegisterExtension
  static final GreenMailExtension GREENMAIL =
      new GreenMailExtension(
          new ServerSetup[] {
            ServerSetupTest.IMAP.dynamicPort(), ServerSetupTest.IMAPS.dynamicPort()
          });

  private static final Session SESSION = Session.getInstance(new Properties());

  private static MimeMessage corpus(int index) throws Exception {
    byte[] raw = Files.readAllBytes(MailCorpusTest.messages().get(index));
    return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
  }

  private static ImapPoller poller(boolean ssl, int batchSize) {
    int port = ssl ? GREENMAIL.getImaps().getPort() : GREENMAIL.getImap().getPort();
    return new ImapPoller(
        new ImapPoller.Settings(
            "127.0.0.1",
            port,
            ssl,
            true,
            "support@acme.example",
            "secret-pw",
            "INBOX",
            batchSize,
            Duration.ofSeconds(10)));
  }

  @Test
  void readsNewMessagesInUidOrderAndNothingTwice() throws Exception {
    GreenMailUser user = GREENMAIL.setUser("support@acme.example", "secret-pw");
    for (int i = 0; i < 5; i++) {
      user.deliver(corpus(i));
    }
    List<ImapPoller.Polled> seen = new ArrayList<>();
    ImapPoller.Cursor cursor =
        poller(false, 2).poll(null, (batch, after) -> seen.addAll(batch), 100);
    assertThat(seen).hasSize(5);
    assertThat(seen).extracting(ImapPoller.Polled::uid).isSorted().doesNotHaveDuplicates();
    assertThat(seen.getFirst().message().newText())
        .isEqualTo(MailCorpusTest.expected(MailCorpusTest.messages().getFirst()));
    assertThat(cursor.lastUid()).isEqualTo(seen.getLast().uid());

    // a restart with the stored cursor reads nothing again ...
    List<ImapPoller.Polled> again = new ArrayList<>();
    assertThat(poller(false, 2).poll(cursor, (batch, after) -> again.addAll(batch), 100))
        .isEqualTo(cursor);
    assertThat(again).isEmpty();

    // ... and skips nothing that arrives later
    user.deliver(corpus(5));
    user.deliver(corpus(6));
    List<ImapPoller.Polled> later = new ArrayList<>();
    ImapPoller.Cursor next =
        poller(true, 50).poll(cursor, (batch, after) -> later.addAll(batch), 100);
    assertThat(later).hasSize(2);
    assertThat(next.lastUid()).isGreaterThan(cursor.lastUid());
  }

  @Test
  void aBatchTheSinkRefusesIsReadAgainNextTime() throws Exception {
    GreenMailUser user = GREENMAIL.setUser("support@acme.example", "secret-pw");
    for (int i = 0; i < 4; i++) {
      user.deliver(corpus(i));
    }
    List<ImapPoller.Polled> accepted = new ArrayList<>();
    ImapPoller.Cursor[] kept = {null};
    try {
      poller(false, 2)
          .poll(
              null,
              (batch, after) -> {
                if (!accepted.isEmpty()) {
                  throw new IllegalStateException("database down");
                }
                accepted.addAll(batch);
                kept[0] = after;
              },
              100);
    } catch (IllegalStateException expected) {
      // the second batch was not accepted
    }
    assertThat(accepted).hasSize(2);
    List<ImapPoller.Polled> rest = new ArrayList<>();
    poller(false, 2).poll(kept[0], (batch, after) -> rest.addAll(batch), 100);
    assertThat(rest).hasSize(2);
    assertThat(rest.getFirst().uid()).isGreaterThan(accepted.getLast().uid());
  }
}
