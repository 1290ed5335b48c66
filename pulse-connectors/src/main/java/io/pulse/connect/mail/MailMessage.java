package io.pulse.connect.mail;

import java.time.Instant;
import java.util.List;

/**
 * One parsed e-mail: headers Pulse uses and the body as text (attachments ignored, HTML turned into
 * text, quoted history and signature removed in {@code newText}).
 *
 * @param messageId the Message-ID without angle brackets, or null when the message has none
 * @param inReplyTo the message it answers, or null
 * @param references the thread's earlier messages, oldest first
 * @param from sender address (lower case), or null
 * @param recipients To and Cc addresses (lower case)
 * @param sentAt the Date header, or null
 * @param subject the subject, or null
 * @param body the whole body as text
 * @param newText what the sender wrote in this message: without quoted replies, forwarded messages
 *     and signature
 */
public record MailMessage(
    String messageId,
    String inReplyTo,
    List<String> references,
    String from,
    List<String> recipients,
    Instant sentAt,
    String subject,
    String body,
    String newText) {

  public MailMessage {
    references = List.copyOf(references);
    recipients = List.copyOf(recipients);
  }

  /**
   * The conversation this message belongs to: the oldest message its thread names (first of
   * References, else In-Reply-To), else itself. Replies in one thread share it whatever order they
   * arrive in, as long as each names the thread's first message.
   */
  public String threadRoot() {
    if (!references.isEmpty()) {
      return references.getFirst();
    }
    return inReplyTo != null ? inReplyTo : messageId;
  }

  /** Never prints addresses or text. */
  @Override
  public String toString() {
    return "MailMessage[messageId=" + messageId + "]";
  }
}
