package io.pulse.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the server itself ({@code pulse.data-dir}, {@code pulse.privacy.*}, {@code
 * pulse.model.*}); the data directory's default ({@code ./pulse-data}) is in
 * application.properties, where the embedded database URL uses it too.
 *
 * @param dataDir embedded database, generated secrets and registered models
 * @param privacy the pseudonymisation key
 * @param model the sentiment model to serve
 */
@ConfigurationProperties("pulse")
public record PulseProperties(
    String dataDir, @DefaultValue Privacy privacy, @DefaultValue Model model) {

  /**
   * @param key base64 of at least 32 bytes; blank: generated once into the data directory
   * @param dashboardText false: the dashboard (a browser session) never receives message text,
   *     whatever the user's roles; API clients are unaffected
   */
  public record Privacy(
      @DefaultValue("") String key, @DefaultValue("true") boolean dashboardText) {}

  /**
   * @param path a model directory to serve instead of the bundled model; blank: bundled
   */
  public record Model(@DefaultValue("") String path) {}
}
