package io.pulse.connect.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns parsed e-mails of a mailbox into interactions in the shape of Pulse's ingest API. Mail from
 * one of the mailbox's own addresses is outbound (an agent's turn, the customer is its first other
 * recipient); any other mail is inbound (the customer's turn). The conversation is the thread (see
 * {@link MailMessage#threadRoot()}); the external id is the Message-ID, so a message read twice is
 * stored once. Only the new text is sent for scoring.
 *
 * @param ownAddresses the mailbox's addresses, lower case; an entry {@code @example.com} stands for
 *     every address of that domain
 */
public record MailInteractions(Set<String> ownAddresses) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_ID = 200;
  private static final Instant EARLIEST = Instant.parse("1970-01-02T00:00:00Z");

  public MailInteractions {
    ownAddresses =
        ownAddresses.stream()
            .map(a -> a.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** A mailbox whose own addresses are these. */
  public static MailInteractions of(List<String> ownAddresses) {
    return new MailInteractions(Set.copyOf(ownAddresses));
  }

  /**
   * The interaction of a message, or why it has none.
   *
   * @param received when the message arrived (its time when the Date header is missing or absurd)
   */
  public Result map(MailMessage mail, Instant received) {
    if (mail.from() == null) {
      return Result.skipped("no From address");
    }
    boolean outbound = isOwn(mail.from());
    String customer =
        outbound
            ? mail.recipients().stream().filter(a -> !isOwn(a)).findFirst().orElse(null)
            : mail.from();
    if (customer == null) {
      return Result.skipped("internal mail (no customer address)");
    }
    if (mail.newText().isBlank()) {
      return Result.skipped("no new text (only quoted or forwarded content)");
    }
    String messageId = mail.messageId() != null ? mail.messageId() : fingerprint(mail);
    ObjectNode item = JSON.createObjectNode();
    item.put("externalId", id(messageId));
    item.put("channel", "email");
    item.put("timestamp", time(mail.sentAt(), received).toString());
    item.put("customer", customer);
    item.put("conversationId", id(mail.threadRoot() != null ? mail.threadRoot() : messageId));
    item.put("authorRole", outbound ? "agent" : "customer");
    item.put("text", mail.newText());
    return new Result(item, null);
  }

  /** Whether an address is one of the mailbox's own. */
  public boolean isOwn(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    return ownAddresses.contains(lower) || (at >= 0 && ownAddresses.contains(lower.substring(at)));
  }

  private static Instant time(Instant sent, Instant received) {
    Instant latest = Instant.now().plus(Duration.ofHours(12));
    if (sent == null || sent.isBefore(EARLIEST) || sent.isAfter(latest)) {
      return received;
    }
    return sent;
  }

  /** {@code mail:<id>}, or a hash of the id when that would be longer than 200 characters. */
  static String id(String messageId) {
    String id = "mail:" + messageId;
    return id.length() <= MAX_ID && id.chars().noneMatch(Character::isISOControl)
        ? id
        : "mail:sha256:" + sha256(messageId);
  }

  /** A stable id for a message without Message-ID: its sender, date and text. */
  private static String fingerprint(MailMessage mail) {
    return "sha256:" + sha256(mail.from() + "\n" + mail.sentAt() + "\n" + mail.body());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An interaction, or the reason a message has none.
   *
   * @param item the interaction, or null
   * @param skipped why there is none, or null
   */
  public record Result(ObjectNode item, String skipped) {
    static Result skipped(String reason) {
      return new Result(null, reason);
    }
  }
}
