package io.pulse.alerts;

import java.io.IOException;

/** Sends one delivery; returning normally means the receiver accepted it. */
interface Transport {

  /**
   * Sends the delivery.
   *
   * @throws IOException when the receiver is unreachable or refused it; the message names the cause
   *     without payload content
   */
  void send(Delivery delivery) throws IOException;
}
