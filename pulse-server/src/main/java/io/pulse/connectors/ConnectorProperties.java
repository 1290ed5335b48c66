package io.pulse.connectors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the connectors ({@code pulse.connectors.*}).
 *
 * @param webhooks per source ({@code zendesk}, {@code freshdesk}, {@code intercom}): its shared
 *     secret; a source without a secret is not accepted (404)
 * @param maxWebhookBytes largest webhook body
 * @param mailboxes IMAP mailboxes to poll, by name
 */
@ConfigurationProperties("pulse.connectors")
record ConnectorProperties(
    Map<String, Webhook> webhooks,
    @DefaultValue("1048576") int maxWebhookBytes,
    Map<String, Mailbox> mailboxes) {

  ConnectorProperties {
    webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    mailboxes = mailboxes == null ? Map.of() : Map.copyOf(mailboxes);
    if (maxWebhookBytes < 1) {
      throw new IllegalArgumentException(
          "pulse.connectors.max-webhook-bytes must be >= 1, found " + maxWebhookBytes);
    }
    webhooks.forEach((name, hook) -> {
      if (io.pulse.connect.webhook.WebhookSource.parse(name) == null) {
        throw new IllegalArgumentException(
            "pulse.connectors.webhooks."
                + name
                + ": unknown source; use zendesk|freshdesk|intercom");
      }
      if (hook.secret() == null || hook.secret().length() < 16) {
        throw new IllegalArgumentException(
            "pulse.connectors.webhooks." + name + ".secret must have at least 16 characters");
      }
    });
    mailboxes.forEach((name, box) -> box.check(name));
  }

  /** {@code pulse.connectors.webhooks.<source>.*}. */
  record Webhook(String secret) {
    @Override
    public String toString() {
      return "Webhook[secret=***]";
    }
  }

  /**
   * {@code pulse.connectors.mailboxes.<name>.*}: one IMAP(S) mailbox.
   *
   * @param host IMAP server
   * @param port port (993 for IMAPS)
   * @param ssl IMAPS (TLS from the start)
   * @param username login
   * @param password password
   * @param folder folder to read
   * @param pollInterval time between polls
   * @param batchSize messages per fetch (and per ingest batch)
   * @param ownAddresses the mailbox's own addresses: mail from them is outbound (agent); {@code
   *     @example.com} stands for a whole domain
   * @param trustAnyCertificate accept any server certificate (a local test server only)
   */
  record Mailbox(
      String host,
      @DefaultValue("993") int port,
      @DefaultValue("true") boolean ssl,
      String username,
      String password,
      @DefaultValue("INBOX") String folder,
      @DefaultValue("PT1M") Duration pollInterval,
      @DefaultValue("200") int batchSize,
      List<String> ownAddresses,
      @DefaultValue("false") boolean trustAnyCertificate) {

    void check(String name) {
      String prefix = "pulse.connectors.mailboxes." + name + ".";
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException(prefix + "host is required");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(prefix + "port must be 1-65535, found " + port);
      }
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException(
            prefix + "poll-interval must be > 0, found " + pollInterval);
      }
      if (batchSize < 1 || batchSize > 10_000) {
        throw new IllegalArgumentException(
            prefix + "batch-size must be 1-10000, found " + batchSize);
      }
      if (ownAddresses == null || ownAddresses.isEmpty()) {
        throw new IllegalArgumentException(
            prefix + "own-addresses is required: the mailbox's addresses tell outbound mail");
      }
    }

    @Override
    public String toString() {
      return "Mailbox[host=" + host + ", folder=" + folder + "]";
    }
  }
}
