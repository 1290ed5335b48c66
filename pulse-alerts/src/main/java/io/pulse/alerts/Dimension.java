package io.pulse.alerts;

import java.util.Locale;

/** What a series groups interactions by. */
public enum Dimension {
  CUSTOMER,
  PRODUCT,
  CHANNEL,
  TOPIC,
  /** One conversation (a ticket, a chat, an e-mail thread): its customer turns. */
  CONVERSATION;

  /** Lower-case name as used in series keys and settings ({@code product}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
