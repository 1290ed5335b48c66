package io.pulse.connect.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading webhook fields by path, with errors that name the path. */
final class Fields {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private Fields() {}

  /** The node at a dotted path; missing nodes are MissingNode. */
  static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }

  /** A required scalar as text (numbers and strings alike). */
  static String text(JsonNode root, String path) {
    String value = optional(root, path);
    if (value == null || value.isBlank()) {
      throw new WebhookException(path, "is required");
    }
    return value;
  }

  /** An optional scalar as text, or null. */
  static String optional(JsonNode root, String path) {
    JsonNode node = at(root, path);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw new WebhookException(path, "must be a string or a number");
    }
    return node.asString();
  }

  /** An ISO-8601 timestamp (with offset) at a path. */
  static String timestamp(JsonNode root, String path) {
    String value = text(root, path);
    try {
      return OffsetDateTime.parse(value).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new WebhookException(path, "must be an ISO-8601 timestamp with offset");
    }
  }

  /** A Unix time in seconds at a path. */
  static String epochSeconds(JsonNode root, String path) {
    JsonNode node = at(root, path);
    if (!node.canConvertToLong()) {
      throw new WebhookException(path, "must be a Unix time in seconds");
    }
    return Instant.ofEpochSecond(node.asLong()).toString();
  }

  /** Text of an HTML fragment (chat and helpdesk bodies are often HTML). */
  static String plain(String html) {
    if (html == null || html.indexOf('<') < 0) {
      return html == null ? null : html.strip();
    }
    return io.pulse.connect.mail.HtmlText.toText(html);
  }

  /** A new interaction item with the fields every webhook sets. */
  static ObjectNode item(
      String externalId,
      String channel,
      String timestamp,
      String customer,
      String conversationId,
      String role,
      String text) {
    ObjectNode item = JSON.createObjectNode();
    item.put("externalId", externalId);
    item.put("channel", channel);
    item.put("timestamp", timestamp);
    item.put("customer", customer);
    item.put("conversationId", conversationId);
    item.put("authorRole", role);
    item.put("text", text);
    return item;
  }
}
