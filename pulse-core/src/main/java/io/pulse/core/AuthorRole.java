package io.pulse.core;

import java.util.Locale;

/**
 * Who wrote one turn of a conversation. Only the customer's turns are the customer's sentiment; an
 * agent's or a bot's turns are their tone, reported apart.
 */
public enum AuthorRole {
  CUSTOMER,
  AGENT,
  BOT;

  /** Lower-case name as used in files and APIs. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role of a stored value; null (interactions stored before roles existed) is the customer.
   */
  public static AuthorRole ofStored(String value) {
    return value == null ? CUSTOMER : parse(value);
  }

  /**
   * Parses a role case-insensitively.
   *
   * @throws IllegalArgumentException naming the allowed values and the value found
   */
  public static AuthorRole parse(String value) {
    if (value != null) {
      for (AuthorRole role : values()) {
        if (role.name().equalsIgnoreCase(value.strip())) {
          return role;
        }
      }
    }
    throw new IllegalArgumentException(
        "authorRole must be one of customer|agent|bot, found '" + value + "'");
  }
}
