package io.pulse.alerts.api;

import io.pulse.alerts.HelpdeskWriter;
import io.pulse.alerts.WriteBack;
import io.pulse.connect.helpdesk.HelpdeskAdapter;
import io.pulse.connect.helpdesk.TicketUpdate;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Performs write-back actions through the configured helpdesk adapter: the ticket is the alert's
 * conversation (a conversation alert), else the conversation of the interaction that raised it. An
 * alert without a ticket of this helpdesk (a mail thread, a CSV row) has nothing to write back.
 */
final class HelpdeskWrites implements HelpdeskWriter {

  private static final Logger LOG = LoggerFactory.getLogger(HelpdeskWrites.class);

  private final HelpdeskAdapter adapter;
  private final JdbcClient jdbc;

  HelpdeskWrites(HelpdeskAdapter adapter, JdbcClient jdbc) {
    this.adapter = adapter;
    this.jdbc = jdbc;
  }

  @Override
  public void write(WriteBack action) throws IOException {
    String conversation = action.conversationId();
    if (conversation == null && action.interactionId() != null) {
      conversation = conversationOf(action.interactionId());
    }
    String ticket = adapter.ticketOf(conversation);
    if (ticket == null) {
      LOG.debug("alert {}: no helpdesk ticket to write back to", action.alertId());
      return;
    }
    adapter.update(
        new TicketUpdate(
            ticket, action.priority(), action.tags(), action.group(), action.deliveryId()));
  }

  private String conversationOf(String interactionId) {
    long id;
    try {
      id = Long.parseLong(interactionId);
    } catch (NumberFormatException e) {
      return null;
    }
    return jdbc.sql("SELECT conversation_id FROM interactions WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
