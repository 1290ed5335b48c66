package io.pulse.connect.webhook;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zendesk event webhooks: {@code zen:event-type:ticket.created} (the ticket's description, by its
 * requester) and {@code zen:event-type:ticket.comment_added} (a public comment; internal notes are
 * not part of the conversation). A comment's author is an agent when {@code is_staff}, a bot when
 * {@code is_bot}, else the customer. Other event types map to nothing.
 */
final class ZendeskEvents {

  private static final String CREATED = "zen:event-type:ticket.created";
  private static final String COMMENT = "zen:event-type:ticket.comment_added";

  private ZendeskEvents() {}

  static List<ObjectNode> interactions(JsonNode body) {
    String type = Fields.text(body, "type");
    if (!type.equals(CREATED) && !type.equals(COMMENT)) {
      return List.of();
    }
    String ticket = Fields.text(body, "detail.id");
    String requester = Fields.text(body, "detail.requester_id");
    String time = Fields.timestamp(body, "time");
    String conversation = "zendesk:" + ticket;
    String customer = "zendesk:" + requester;
    ObjectNode item;
    if (type.equals(CREATED)) {
      String text = Fields.plain(Fields.text(body, "detail.description"));
      item =
          Fields.item(
              "zendesk:" + ticket + ":description",
              "ticket",
              time,
              customer,
              conversation,
              "customer",
              text);
    } else {
      JsonNode comment = Fields.at(body, "event.comment");
      if (comment.path("is_public").isBoolean() && !comment.path("is_public").asBoolean()) {
        return List.of();
      }
      String role =
          comment.path("author").path("is_bot").asBoolean(false)
              ? "bot"
              : comment.path("author").path("is_staff").asBoolean(false) ? "agent" : "customer";
      item =
          Fields.item(
              "zendesk:" + ticket + ":comment:" + Fields.text(body, "event.comment.id"),
              "ticket",
              time,
              customer,
              conversation,
              role,
              Fields.plain(Fields.text(body, "event.comment.body")));
    }
    String product = Fields.optional(body, "detail.product");
    if (product != null) {
      item.put("product", product);
    }
    JsonNode tags = Fields.at(body, "detail.tags");
    if (tags.isArray() && !tags.isEmpty()) {
      item.set("tags", tags);
    }
    return List.of(item);
  }
}
