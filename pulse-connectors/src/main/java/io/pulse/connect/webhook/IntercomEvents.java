package io.pulse.connect.webhook;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Intercom conversation notifications ({@code notification_event} with a {@code conversation}
 * item): the conversation's first message ({@code source}) and every {@code comment} part, each a
 * turn. Authors of type {@code user}, {@code lead} and {@code contact} are the customer, {@code
 * admin} an agent, {@code bot} a bot. Parts without text (assignments, state changes) are skipped.
 * A transcript sent again stores only its new parts: each part has its own external id.
 */
final class IntercomEvents {

  private IntercomEvents() {}

  static List<ObjectNode> interactions(JsonNode body) {
    JsonNode conversation = Fields.at(body, "data.item");
    if (!"conversation".equals(conversation.path("type").asString(""))) {
      return List.of();
    }
    String id = Fields.text(conversation, "id");
    String customer = customer(conversation);
    List<ObjectNode> items = new ArrayList<>();
    JsonNode source = conversation.path("source");
    String first = Fields.plain(Fields.optional(source, "body"));
    if (first != null && !first.isBlank()) {
      items.add(
          Fields.item(
              "intercom:" + id + ":source",
              "chat",
              Fields.epochSeconds(conversation, "created_at"),
              customer,
              "intercom:" + id,
              role(Fields.optional(source, "author.type")),
              first));
    }
    JsonNode parts = Fields.at(conversation, "conversation_parts.conversation_parts");
    if (!parts.isMissingNode() && !parts.isArray()) {
      throw new WebhookException(
          "data.item.conversation_parts.conversation_parts", "must be an array");
    }
    for (JsonNode part : parts) {
      String text = Fields.plain(Fields.optional(part, "body"));
      if (!"comment".equals(part.path("part_type").asString(""))
          || text == null
          || text.isBlank()) {
        continue;
      }
      items.add(
          Fields.item(
              "intercom:" + id + ":part:" + Fields.text(part, "id"),
              "chat",
              Fields.epochSeconds(part, "created_at"),
              customer,
              "intercom:" + id,
              role(Fields.optional(part, "author.type")),
              text));
    }
    return items;
  }

  private static String customer(JsonNode conversation) {
    JsonNode contacts = Fields.at(conversation, "contacts.contacts");
    if (contacts.isArray() && !contacts.isEmpty()) {
      return "intercom:" + Fields.text(contacts.get(0), "id");
    }
    return "intercom:" + Fields.text(conversation, "source.author.id");
  }

  private static String role(String authorType) {
    if (authorType == null) {
      return "customer";
    }
    return switch (authorType) {
      case "admin", "team" -> "agent";
      case "bot" -> "bot";
      default -> "customer";
    };
  }
}
