package io.pulse.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns alert events into outbox deliveries: one for the webhook and one per e-mail role. Payloads
 * carry ids, levels, scores and series keys (customers only as pseudonyms), never text.
 */
final class Notifier {

  static final String RAISED = "alert.raised";
  static final String ESCALATED = "alert.escalated";
  static final String SURVEY = "survey.requested";
  static final String WITHDRAWN = "alert.withdrawn";

  private final NotificationOutbox outbox;
  private final Clock clock;
  private final boolean webhook;
  private final Set<String> mailRoles;
  private final JsonMapper json = JsonMapper.builder().build();

  private final List<WriteBackRule> writeBack;

  Notifier(
      NotificationOutbox outbox,
      Clock clock,
      boolean webhook,
      Set<String> mailRoles,
      List<WriteBackRule> writeBack) {
    this.outbox = outbox;
    this.clock = clock;
    this.webhook = webhook;
    this.mailRoles = Set.copyOf(mailRoles);
    this.writeBack = List.copyOf(writeBack);
  }

  void alertRaised(Alert alert, String role) {
    Map<String, Object> body = event(RAISED, role);
    body.put("alert", alertFields(alert));
    publish(RAISED, role, body);
    writeBack(alert, (String) body.get("eventId"));
  }

  void alertEscalated(Alert alert, String reason, String role) {
    Map<String, Object> body = event(ESCALATED, role);
    body.put("reason", reason);
    body.put("alert", alertFields(alert));
    publish(ESCALATED, role, body);
    if ("more-severe".equals(reason)) {
      writeBack(alert, (String) body.get("eventId"));
    }
  }

  /** One helpdesk delivery per write-back rule that acts on this alert. */
  private void writeBack(Alert alert, String eventId) {
    Instant now = clock.instant();
    for (WriteBackRule rule : writeBack) {
      if (!rule.matches(alert)) {
        continue;
      }
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("alertId", alert.id());
      action.put("kind", alert.kind().name());
      action.put("level", alert.level().name());
      action.put(
          "conversationId",
          alert.series().dimension() == Dimension.CONVERSATION ? alert.series().value() : null);
      action.put("interactionId", alert.interactionId());
      action.put("priority", rule.priority());
      action.put("tags", rule.tags());
      action.put("group", rule.group());
      outbox.add(
          delivery(
              eventId,
              "helpdesk.write-back",
              Delivery.Channel.HELPDESK,
              rule.name(),
              json.writeValueAsString(action),
              now));
    }
  }

  /** The alert was withdrawn; {@code reason} says why (e.g. {@code corrected}). */
  void alertWithdrawn(Alert alert, String role) {
    Map<String, Object> body = event(WITHDRAWN, role);
    body.put("reason", alert.closeReason());
    body.put("alert", alertFields(alert));
    publish(WITHDRAWN, role, body);
  }

  /** Asks for a survey of the segment behind a negative product or topic trend. */
  void surveyRequested(Alert alert, String role) {
    Map<String, Object> segment = new LinkedHashMap<>();
    segment.put("series", alert.series().toString());
    segment.put("dimension", alert.series().dimension().wireName());
    segment.put("value", alert.series().value());
    segment.put("windowStart", text(alert.evidence().windowStart()));
    segment.put("windowEnd", text(alert.evidence().windowEnd()));
    segment.put("count", alert.evidence().count());
    segment.put("negatives", alert.evidence().negatives());
    segment.put("meanScore", alert.evidence().score());
    Map<String, Object> body = event(SURVEY, role);
    body.put("alertId", alert.id());
    body.put("segment", segment);
    publish(SURVEY, role, body);
  }

  /** The fields of an alert as sent. */
  private static Map<String, Object> alertFields(Alert alert) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", alert.id());
    fields.put("kind", alert.kind().name());
    fields.put("level", alert.level().name());
    fields.put("status", alert.status().name());
    fields.put("series", alert.series().toString());
    fields.put("raisedAt", text(alert.raisedAt()));
    fields.put("reviewBy", text(alert.reviewBy()));
    fields.put("score", alert.evidence().score());
    fields.put("count", alert.evidence().count());
    fields.put("negatives", alert.evidence().negatives());
    fields.put("zScore", alert.evidence().zScore());
    fields.put("windowStart", text(alert.evidence().windowStart()));
    fields.put("windowEnd", text(alert.evidence().windowEnd()));
    fields.put("interactionId", alert.interactionId());
    fields.put("occurrences", alert.occurrences());
    return fields;
  }

  private Map<String, Object> event(String type, String role) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("eventId", UUID.randomUUID().toString());
    body.put("occurredAt", text(clock.instant()));
    body.put("notify", role);
    return body;
  }

  private void publish(String type, String role, Map<String, Object> body) {
    String eventId = (String) body.get("eventId");
    String payload = json.writeValueAsString(body);
    Instant now = clock.instant();
    if (webhook) {
      outbox.add(delivery(eventId, type, Delivery.Channel.WEBHOOK, "webhook", payload, now));
    }
    if (mailRoles.contains(role)) {
      outbox.add(delivery(eventId, type, Delivery.Channel.EMAIL, role, payload, now));
    }
  }

  private static Delivery delivery(
      String eventId,
      String type,
      Delivery.Channel channel,
      String recipient,
      String payload,
      Instant now) {
    return new Delivery(
        UUID.randomUUID().toString(),
        eventId,
        type,
        channel,
        recipient,
        payload,
        now,
        Delivery.Status.PENDING,
        0,
        now,
        null,
        null);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
