package io.pulse.alerts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SMTP server and who gets alert e-mails. Recipients are staff addresses per role ({@code
 * management}, {@code team-lead}, {@code marketing}); customers never receive these mails.
 *
 * @param host {@code alerts.mail.host}
 * @param port {@code alerts.mail.port}
 * @param from {@code alerts.mail.from}, the sender address
 * @param recipients {@code alerts.mail.recipients.<role>}: addresses per role
 * @param username SMTP user, or {@code null} for no authentication
 * @param password SMTP password, or {@code null}
 * @param startTls whether to require STARTTLS
 */
public record MailSettings(
    String host,
    int port,
    String from,
    Map<String, List<String>> recipients,
    String username,
    String password,
    boolean startTls) {

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  public MailSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("alerts.mail.host is blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("alerts.mail.port must be in 1..65535, found " + port);
    }
    address("alerts.mail.from", from);
    Map<String, List<String>> copy = new TreeMap<>();
    if (recipients != null) {
      recipients.forEach((role, addresses) -> {
        for (String address : addresses) {
          address("alerts.mail.recipients." + role, address);
        }
        copy.put(role, List.copyOf(addresses));
      });
    }
    recipients = Collections.unmodifiableMap(copy);
  }

  /** Plain settings for a server without authentication (tests, local relays). */
  public static MailSettings unauthenticated(
      String host, int port, String from, Map<String, List<String>> recipients) {
    return new MailSettings(host, port, from, recipients, null, null, false);
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "MailSettings[host="
        + host
        + ", port="
        + port
        + ", from="
        + from
        + ", roles="
        + recipients.keySet()
        + ", username="
        + username
        + ", password=***, startTls="
        + startTls
        + "]";
  }

  private static void address(String setting, String value) {
    try {
      if (value == null) {
        throw new AddressException("missing");
      }
      new InternetAddress(value, true);
    } catch (AddressException e) {
      throw new IllegalArgumentException(
          setting + " must be an e-mail address, found '" + value + "'");
    }
  }
}
