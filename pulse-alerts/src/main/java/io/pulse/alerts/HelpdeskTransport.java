package io.pulse.alerts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hands {@code helpdesk} deliveries to the configured {@link HelpdeskWriter}. */
final class HelpdeskTransport implements Transport {

  private final HelpdeskWriter writer;
  private final JsonMapper json = JsonMapper.builder().build();

  HelpdeskTransport(HelpdeskWriter writer) {
    this.writer = writer;
  }

  @Override
  public void send(Delivery delivery) throws IOException {
    JsonNode body = json.readTree(delivery.payload());
    List<String> tags = new ArrayList<>();
    body.path("tags").forEach(tag -> tags.add(tag.asString()));
    writer.write(
        new WriteBack(
            delivery.id(),
            delivery.recipient(),
            body.path("alertId").asString(),
            body.path("kind").asString(),
            body.path("level").asString(),
            text(body, "conversationId"),
            text(body, "interactionId"),
            text(body, "priority"),
            tags,
            text(body, "group")));
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }
}
