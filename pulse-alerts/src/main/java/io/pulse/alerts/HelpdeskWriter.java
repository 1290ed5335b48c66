package io.pulse.alerts;

import java.io.IOException;

/**
 * Performs write-back actions on a helpdesk (a pluggable adapter: Zendesk, Freshdesk, a generic
 * HTTP endpoint). Returning normally means the helpdesk accepted the action; an exception keeps it
 * in the outbox for a retry with back-off.
 */
@FunctionalInterface
public interface HelpdeskWriter {

  /**
   * Performs the action.
   *
   * @throws IOException when the helpdesk is unreachable or refused it (the message names the
   *     cause, no content)
   */
  void write(WriteBack action) throws IOException;
}
