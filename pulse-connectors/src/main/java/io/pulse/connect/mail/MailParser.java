package io.pulse.connect.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses MIME messages with Jakarta Mail (Eclipse Angus): the text of a message is its {@code
 * text/plain} part, else its {@code text/html} part as text; {@code multipart/alternative} prefers
 * plain text, {@code multipart/mixed} and {@code related} join their inline text parts in order;
 * attachments (a file name or {@code Content-Disposition: attachment}), images and attached
 * messages are ignored. Charsets come from each part's {@code Content-Type}; an unknown charset is
 * read as UTF-8 when the bytes are valid UTF-8, else as windows-1252.
 */
public final class MailParser {

  private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Session SESSION = session();

  private MailParser() {}

  /** Parses one RFC 822 message. */
  public static MailMessage parse(byte[] raw) throws MessagingException, IOException {
    return parse(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
  }

  /** Parses one message of a mail store (an IMAP folder). */
  public static MailMessage parse(Message message) throws MessagingException, IOException {
    String body = HtmlText.tidy(text(message).replace("\r\n", "\n").replace('\r', '\n'));
    List<String> references = ids(header(message, "References"));
    List<String> inReplyTo = ids(header(message, "In-Reply-To"));
    List<String> own = ids(header(message, "Message-ID"));
    List<String> recipients = new ArrayList<>();
    addresses(message.getRecipients(Message.RecipientType.TO), recipients);
    addresses(message.getRecipients(Message.RecipientType.CC), recipients);
    List<String> from = new ArrayList<>();
    addresses(safeFrom(message), from);
    return new MailMessage(
        own.isEmpty() ? null : own.getFirst(),
        inReplyTo.isEmpty() ? null : inReplyTo.getFirst(),
        references,
        from.isEmpty() ? null : from.getFirst(),
        recipients,
        message.getSentDate() == null ? null : message.getSentDate().toInstant(),
        subject(message),
        body,
        ReplyStripper.newText(body));
  }

  private static Address[] safeFrom(Message message) {
    try {
      return message.getFrom();
    } catch (MessagingException e) {
      return null; // an unparseable From header: the message is still read
    }
  }

  private static String subject(Message message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String header(Message message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null ? null : String.join(" ", values);
  }

  /** Message ids of a header, without angle brackets, in order. */
  static List<String> ids(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher m = MESSAGE_ID.matcher(header);
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty() && !header.isBlank() && !header.strip().contains(" ")) {
      ids.add(header.strip()); // a bare id without brackets
    }
    return ids;
  }

  private static void addresses(Address[] addresses, List<String> out) {
    if (addresses == null) {
      return;
    }
    for (Address address : addresses) {
      if (address instanceof InternetAddress internet && internet.getAddress() != null) {
        out.add(internet.getAddress().strip().toLowerCase(Locale.ROOT));
      }
    }
  }

  /** The readable text of a part; empty when it has none. */
  private static String text(Part part) throws MessagingException, IOException {
    if (isAttachment(part)) {
      return "";
    }
    if (part.isMimeType("text/plain")) {
      return decode(part);
    }
    if (part.isMimeType("text/html")) {
      return HtmlText.toText(decode(part));
    }
    if (part.isMimeType("multipart/alternative")) {
      Multipart alternatives = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < alternatives.getCount(); i++) {
        BodyPart alternative = alternatives.getBodyPart(i);
        if (alternative.isMimeType("text/plain")) {
          String plain = decode(alternative);
          if (!plain.isBlank()) {
            return plain;
          }
        } else if (html == null) {
          html = text(alternative);
        }
      }
      return html == null ? "" : html;
    }
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        String text = text(parts.getBodyPart(i));
        if (!text.isBlank()) {
          if (!joined.isEmpty()) {
            joined.append("\n\n");
          }
          joined.append(text);
        }
      }
      return joined.toString();
    }
    return ""; // images, attached messages, other types
  }

  private static boolean isAttachment(Part part) throws MessagingException {
    String disposition = part.getDisposition();
    if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
      return true;
    }
    String fileName;
    try {
      fileName = part.getFileName();
    } catch (MessagingException e) {
      fileName = null;
    }
    return fileName != null && !part.isMimeType("multipart/*");
  }

  /** The decoded text of a text part in its declared charset. */
  private static String decode(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    Charset charset = charset(part.getContentType());
    if (charset != null) {
      return new String(bytes, charset);
    }
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    return utf8.contains("\uFFFD") ? new String(bytes, Charset.forName("windows-1252")) : utf8;
  }

  private static Charset charset(String contentType) {
    try {
      String name = new ContentType(contentType).getParameter("charset");
      if (name == null) {
        return null;
      }
      String java = MimeUtility.javaCharset(name.strip());
      if (java.equalsIgnoreCase("us-ascii") || java.equalsIgnoreCase("ascii")) {
        return null; // often mislabelled 8-bit text: detect instead
      }
      return Charset.forName(java);
    } catch (Exception e) {
      return null;
    }
  }

  private static Session session() {
    Properties properties = new Properties();
    properties.setProperty("mail.mime.address.strict", "false");
    properties.setProperty("mail.mime.decodetext.strict", "false");
    properties.setProperty("mail.mime.parameters.strict", "false");
    return Session.getInstance(properties);
  }
}
