package io.pulse.alerts;

import java.util.List;

/**
 * One helpdesk action to perform, as the outbox hands it to the {@link HelpdeskWriter}.
 *
 * @param deliveryId the outbox delivery (receivers may drop repeats by it)
 * @param rule the write-back rule that asked for it
 * @param alertId the alert
 * @param kind the alert's kind
 * @param level the alert's level
 * @param conversationId the conversation of a conversation alert, else null
 * @param interactionId the interaction that raised the alert, or null
 * @param priority priority to set, or null
 * @param tags tags to add
 * @param group group to assign, or null
 */
public record WriteBack(
    String deliveryId,
    String rule,
    String alertId,
    String kind,
    String level,
    String conversationId,
    String interactionId,
    String priority,
    List<String> tags,
    String group) {}
