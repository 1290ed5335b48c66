package io.pulse.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where webhook notifications go and how they are signed. Each request carries {@code
 * X-Pulse-Timestamp} (epoch seconds) and {@code X-Pulse-Signature: sha256=<hex>}, the HMAC-SHA256
 * with {@code secret} of {@code "<timestamp>.<body>"}; signing the timestamp too lets receivers
 * reject replays of old requests.
 *
 * @param url {@code alerts.webhook.url}, http or https
 * @param secret {@code alerts.webhook.secret}, at least 16 characters
 * @param timeout connect and request timeout
 */
public record WebhookSettings(URI url, String secret, Duration timeout) {

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException naming the setting and the rule
   */
  public WebhookSettings {
    Objects.requireNonNull(url, "alerts.webhook.url");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException(
          "alerts.webhook.url must be an http or https URL, found '" + url + "'");
    }
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException(
          "alerts.webhook.secret must be at least 16 characters, found "
              + (secret == null ? 0 : secret.length()));
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("alerts.webhook.timeout must be > 0, found " + timeout);
    }
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "WebhookSettings[url=" + url + ", secret=***, timeout=" + timeout + "]";
  }
}
