package io.pulse.connect.helpdesk;

import java.util.List;

/**
 * What to change on one helpdesk ticket.
 *
 * @param ticketId the helpdesk's ticket id
 * @param priority priority to set ({@code low}, {@code normal}, {@code high}, {@code urgent}), or
 *     null
 * @param tags tags to add
 * @param group group to assign (the helpdesk's group id), or null
 * @param reference an id the receiver may drop repeats by (the outbox delivery)
 */
public record TicketUpdate(
    String ticketId, String priority, List<String> tags, String group, String reference) {

  public TicketUpdate {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
