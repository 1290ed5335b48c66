package io.pulse.connect.webhook;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Freshdesk automation-rule webhooks: a {@code freshdesk_webhook} object built from the rule's
 * placeholders. {@code triggered_event} {@code ticket_created} maps the description (by the
 * requester); {@code reply_added} and {@code note_added} map {@code ticket_latest_public_comment},
 * written by {@code ticket_latest_comment_author_type} ({@code agent}, {@code bot}, else the
 * customer). Private notes ({@code ticket_latest_comment_private} true) are not part of the
 * conversation.
 */
final class FreshdeskEvents {

  private FreshdeskEvents() {}

  static List<ObjectNode> interactions(JsonNode body) {
    JsonNode hook = body.path("freshdesk_webhook");
    if (!hook.isObject()) {
      throw new WebhookException("freshdesk_webhook", "is required and must be an object");
    }
    String event = Fields.text(hook, "triggered_event");
    String ticket = Fields.text(hook, "ticket_id");
    String customer = "freshdesk:" + Fields.text(hook, "ticket_requester_id");
    String conversation = "freshdesk:" + ticket;
    ObjectNode item;
    switch (event) {
      case "ticket_created" ->
          item =
              Fields.item(
                  "freshdesk:" + ticket + ":description",
                  "ticket",
                  Fields.timestamp(hook, "ticket_created_at"),
                  customer,
                  conversation,
                  "customer",
                  Fields.plain(Fields.text(hook, "ticket_description")));
      case "reply_added", "note_added" -> {
        if (hook.path("ticket_latest_comment_private").asBoolean(false)) {
          return List.of();
        }
        String author = Fields.optional(hook, "ticket_latest_comment_author_type");
        String role = "agent".equals(author) || "bot".equals(author) ? author : "customer";
        item =
            Fields.item(
                "freshdesk:" + ticket + ":comment:" + Fields.text(hook, "ticket_latest_comment_id"),
                "ticket",
                Fields.timestamp(hook, "ticket_latest_comment_created_at"),
                customer,
                conversation,
                role,
                Fields.plain(Fields.text(hook, "ticket_latest_public_comment")));
      }
      default -> {
        return List.of();
      }
    }
    String tags = Fields.optional(hook, "ticket_tags");
    if (tags != null && !tags.isBlank()) {
      ArrayNode array = item.putArray("tags");
      for (String tag : tags.split(",")) {
        if (!tag.isBlank()) {
          array.add(tag.strip());
        }
      }
    }
    return List.of(item);
  }
}
