package io.pulse.connectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.connect.mail.ImapPoller;
import io.pulse.connect.mail.MailInteractions;
import io.pulse.ingest.ConnectorIngest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Polls every configured mailbox ({@code pulse.connectors.mailboxes.<name>.*}) on its interval: new
 * messages become interactions (only their new text; inbound the customer's turn, outbound the
 * agent's; threads as conversations) accepted through ingest, then the mailbox's cursor moves.
 * Failures are logged by kind only (no addresses, no text) and retried on the next poll.
 */
@Component
class MailboxPolling {

  private static final Logger LOG = LoggerFactory.getLogger(MailboxPolling.class);

  /** Batches one poll reads at most, so one huge mailbox never starves the others. */
  private static final int BATCHES_PER_POLL = 50;

  private final Map<String, Mailbox> mailboxes = new LinkedHashMap<>();
  private final MailCursors cursors;
  private final ConnectorIngest ingest;
  private final MeterRegistry meters;
  private ScheduledExecutorService scheduler;

  MailboxPolling(
      ConnectorProperties properties,
      MailCursors cursors,
      ConnectorIngest ingest,
      MeterRegistry meters) {
    this.cursors = cursors;
    this.ingest = ingest;
    this.meters = meters;
    properties.mailboxes().forEach((name, box) -> mailboxes.put(name, new Mailbox(name, box)));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (mailboxes.isEmpty()) {
      return;
    }
    scheduler =
        Executors.newScheduledThreadPool(
            Math.min(2, mailboxes.size()), Thread.ofPlatform().name("mail-poll-", 0).factory());
    for (Mailbox box : mailboxes.values()) {
      long every = box.settings.pollInterval().toMillis();
      scheduler.scheduleWithFixedDelay(
          () -> pollQuietly(box.name), 0, every, TimeUnit.MILLISECONDS);
      LOG.info(
          "polling mailbox {} ({}) every {}", box.name, box.settings, box.settings.pollInterval());
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private void pollQuietly(String name) {
    try {
      poll(name);
    } catch (Exception e) {
      meters.counter("pulse.mail.poll.failed", "mailbox", name).increment();
      LOG.warn("polling mailbox {} failed: {}", name, e.getClass().getName());
    }
  }

  /**
   * Reads the mailbox's new messages now (also what the schedule calls).
   *
   * @return interactions created by this poll
   */
  int poll(String name) throws Exception {
    Mailbox box = mailboxes.get(name);
    if (box == null) {
      throw new IllegalArgumentException("no mailbox named " + name);
    }
    synchronized (box) {
      int[] created = {0};
      ImapPoller.Cursor start = cursors.read(name).orElse(null);
      box.poller.poll(
          start,
          (batch, after) -> {
            created[0] += accept(box, batch);
            cursors.save(name, after);
          },
          BATCHES_PER_POLL);
      return created[0];
    }
  }

  private int accept(Mailbox box, List<ImapPoller.Polled> batch) {
    List<ObjectNode> items = new ArrayList<>();
    for (ImapPoller.Polled polled : batch) {
      if (polled.message() == null) {
        meters
            .counter("pulse.mail.messages", "mailbox", box.name, "outcome", "unreadable")
            .increment();
        continue;
      }
      MailInteractions.Result result = box.interactions.map(polled.message(), polled.received());
      if (result.item() == null) {
        meters
            .counter("pulse.mail.messages", "mailbox", box.name, "outcome", "skipped")
            .increment();
      } else {
        items.add(result.item());
      }
    }
    if (items.isEmpty()) {
      return 0;
    }
    ConnectorIngest.Report report = ingest.accept(items);
    meters
        .counter("pulse.mail.messages", "mailbox", box.name, "outcome", "created")
        .increment(report.created());
    meters
        .counter("pulse.mail.messages", "mailbox", box.name, "outcome", "duplicate")
        .increment(report.duplicate());
    meters
        .counter("pulse.mail.messages", "mailbox", box.name, "outcome", "rejected")
        .increment(report.rejected());
    return report.created();
  }

  /** One configured mailbox with its poller. */
  private static final class Mailbox {
    final String name;
    final ConnectorProperties.Mailbox settings;
    final ImapPoller poller;
    final MailInteractions interactions;

    Mailbox(String name, ConnectorProperties.Mailbox settings) {
      this.name = name;
      this.settings = settings;
      this.poller =
          new ImapPoller(
              new ImapPoller.Settings(
                  settings.host(),
                  settings.port(),
                  settings.ssl(),
                  settings.trustAnyCertificate(),
                  settings.username(),
                  settings.password(),
                  settings.folder(),
                  settings.batchSize(),
                  Duration.ofSeconds(30)));
      this.interactions = MailInteractions.of(settings.ownAddresses());
    }
  }
}
