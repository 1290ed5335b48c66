package io.pulse.alerts;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a plain-text e-mail to the addresses of the delivery's role. The text lists the payload
 * fields, so it carries exactly what the webhook carries: ids, levels, scores, series.
 */
final class MailTransport implements Transport {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final MailSettings settings;
  private final Session session;
  private final JsonMapper json = JsonMapper.builder().build();

  MailTransport(MailSettings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.auth", Boolean.toString(settings.username() != null));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
    this.session = Session.getInstance(properties);
  }

  @Override
  public void send(Delivery delivery) throws IOException {
    List<String> to = settings.recipients().getOrDefault(delivery.recipient(), List.of());
    if (to.isEmpty()) {
      throw new IOException("no e-mail recipients configured for role " + delivery.recipient());
    }
    JsonNode event = json.readTree(delivery.payload());
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      for (String address : to) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
      }
      message.setSubject(subject(event), StandardCharsets.UTF_8.name());
      message.setText(body(event), StandardCharsets.UTF_8.name());
      message.setHeader("X-Pulse-Delivery", delivery.id());
      if (settings.username() != null) {
        jakarta.mail.Transport.send(message, settings.username(), settings.password());
      } else {
        jakarta.mail.Transport.send(message);
      }
    } catch (MessagingException e) {
      throw new IOException("SMTP delivery failed: " + e.getClass().getSimpleName(), e);
    }
  }

  static String subject(JsonNode event) {
    String type = event.path("type").asString();
    if (Notifier.SURVEY.equals(type)) {
      return "[Pulse] survey requested for " + event.path("segment").path("series").asString();
    }
    JsonNode alert = event.path("alert");
    String verb = Notifier.ESCALATED.equals(type) ? "escalated" : "raised";
    return "[Pulse] "
        + alert.path("level").asString()
        + " alert "
        + verb
        + ": "
        + alert.path("kind").asString()
        + " "
        + alert.path("series").asString();
  }

  static String body(JsonNode event) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : event.properties()) {
      if (field.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> inner : field.getValue().properties()) {
          line(text, field.getKey() + "." + inner.getKey(), inner.getValue());
        }
      } else {
        line(text, field.getKey(), field.getValue());
      }
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String name, JsonNode value) {
    if (!value.isNull()) {
      text.append(name).append(": ").append(value.asString()).append('\n');
    }
  }
}
