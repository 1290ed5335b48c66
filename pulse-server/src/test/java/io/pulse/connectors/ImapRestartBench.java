package io.pulse.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.server.FakeModelServer;
import io.pulse.server.ServerTestSupport;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not run by default: 10,000 messages in an IMAP mailbox (GreenMail) polled by a server
 * that is stopped in the middle and started again on the same database; every message must be
 * stored and scored exactly once. Run with {@code ./mvnw -pl pulse-server test
 * -Dtest=ImapRestartBench -Dpulse.bench.imap=true} (figures in docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "pulse.bench.imap", matches = "true")
class ImapRestartBench {

  private static final int MESSAGES = Integer.getInteger("pulse.bench.imap.messages", 10_000);

  @Test
  void tenThousandMessagesAcrossARestartAreStoredAndScoredOnce() throws Exception {
    GreenMail greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    greenMail.start();
    try {
      GreenMailUser user = greenMail.setUser("support@acme.example", "imap-pw");
      Session session = Session.getInstance(new Properties());
      long fill = System.nanoTime();
      for (int i = 0; i < MESSAGES; i++) {
        user.deliver(message(session, i));
      }
      System.out.printf(
          "bench imap: %d messages delivered to GreenMail in %.1f s%n",
          MESSAGES, (System.nanoTime() - fill) / 1e9);
      Map<String, String> settings = settings(greenMail.getImap().getPort());

      long start = System.nanoTime();
      long firstRun;
      try (ConfigurableApplicationContext first = FakeModelServer.start(settings)) {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        while (lastUid(jdbc) < MESSAGES / 2) {
          Thread.sleep(20);
        }
        firstRun = count(jdbc, "SELECT COUNT(*) FROM interactions");
      } // stopped in the middle of polling: the poll thread is interrupted mid-batch
      long stoppedAt = System.nanoTime();
      try (ConfigurableApplicationContext second = FakeModelServer.start(settings)) {
        long restartedAt = System.nanoTime();
        JdbcClient jdbc = second.getBean(JdbcClient.class);
        String stored = "SELECT COUNT(*) FROM interactions";
        while (count(jdbc, stored) < expected()
            || count(jdbc, "SELECT COUNT(*) FROM scoring_queue") > 0) {
          Thread.sleep(50);
        }
        long done = System.nanoTime();
        double duplicates =
            second
                .getBean(MeterRegistry.class)
                .find("pulse.mail.messages")
                .tag("outcome", "duplicate")
                .counters()
                .stream()
                .mapToDouble(c -> c.count())
                .sum();
        long scored =
            count(jdbc, "SELECT COUNT(*) FROM interactions" + " AND scoring_status = 'scored'");
        long distinct = count(jdbc, "SELECT COUNT(DISTINCT external_id) FROM interactions");
        System.out.printf(
            "bench imap: %d messages (%d interactions expected): first run stored %d before the"
                + " stop; after the restart %d stored (%d distinct), %d scored, %d re-read"
                + " messages reported as duplicates; polling + scoring %.1f s without the two"
                + " start-ups (%.0f messages/s)%n",
            MESSAGES,
            expected(),
            firstRun,
            count(jdbc, stored),
            distinct,
            scored,
            (long) duplicates,
            ((stoppedAt - start) + (done - restartedAt)) / 1e9,
            MESSAGES / (((stoppedAt - start) + (done - restartedAt)) / 1e9));
        assertThat(count(jdbc, stored)).isEqualTo(expected());
        assertThat(distinct).isEqualTo(expected());
        assertThat(scored).isEqualTo(expected());
      }
    } finally {
      greenMail.stop();
    }
  }

  /** Every 10th message is a forward without new text: no interaction. */
  private static long expected() {
    return MESSAGES - MESSAGES / 10;
  }

  private static MimeMessage message(Session session, int i) throws Exception {
    boolean forward = i % 10 == 9;
    boolean outbound = i % 5 == 1;
    int thread = i / 5;
    String from = outbound ? "support@acme.example" : "customer" + (thread % 700) + "@example.com";
    String to = outbound ? "customer" + (thread % 700) + "@example.com" : "support@acme.example";
    String body =
        forward
            ? "---------- Forwarded message ---------\r\nFrom: x@example.com\r\n\r\nOld text\r\n"
            : (outbound
                    ? "Sorry for the trouble, we fixed it."
                    : i % 3 == 0
                        ? "The router is broken again, this is terrible."
                        : "Thanks, great help!")
                + " Case "
                + i
                + ".\r\n\r\nBest regards,\r\nSomeone\r\n\r\nOn Mon, 3 Mar 2025,"
                + " Acme <support@acme.example> wrote:\r\n> earlier text\r\n";
    String raw =
        "From: "
            + from
            + "\r\nTo: "
            + to
            + "\r\nSubject: Case "
            + thread
            + "\r\n"
            + "Date: Mon, 3 Mar 2025 09:00:00 +0000\r\nMessage-ID: <bench-"
            + i
            + "@mail.example>\r\n"
            + (i % 5 == 0
                ? ""
                : "In-Reply-To: <bench-"
                    + (thread * 5)
                    + "@mail.example>\r\n"
                    + "References: <bench-"
                    + (thread * 5)
                    + "@mail.example>\r\n")
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            + body;
    return new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> settings(int imapPort) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      settings.put(property.substring(0, eq), property.substring(eq + 1));
    }
    Path dataDir = ServerTestSupport.newDataDir();
    settings.put("server.port", "0");
    settings.put("pulse.data-dir", dataDir.toString());
    settings.put("pulse.alerts.enabled", "false");
    String box = "pulse.connectors.mailboxes.support.";
    settings.put(box + "host", "127.0.0.1");
    settings.put(box + "port", Integer.toString(imapPort));
    settings.put(box + "ssl", "false");
    settings.put(box + "username", "support@acme.example");
    settings.put(box + "password", "imap-pw");
    settings.put(box + "poll-interval", "PT1S");
    settings.put(box + "batch-size", "200");
    settings.put(box + "own-addresses", "support@acme.example");
    return settings;
  }

  private static long lastUid(JdbcClient jdbc) {
    return jdbc.sql("SELECT COALESCE(MAX(last_uid), 0) FROM mail_cursors")
        .query(Long.class)
        .single();
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
