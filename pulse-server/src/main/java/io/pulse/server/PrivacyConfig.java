package io.pulse.server;

import io.pulse.privacy.PrivacyGuard;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The privacy guard used before anything is stored: keyed with {@code pulse.privacy.key} (env
 * {@code PULSE_PRIVACY_KEY}, base64 of at least 32 bytes) or, when that is empty, with a random key
 * generated once into the data directory. The key never goes to the database or the logs.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfig {

  static final int MIN_KEY_BYTES = 32;
  static final String KEY_FILE = "privacy.key";

  @Bean
  PrivacyGuard privacyGuard(PulseProperties settings, DataDirectory dir) {
    String configured = settings.privacy().key();
    String encoded =
        configured.isBlank() ? dir.secret(KEY_FILE, PrivacyConfig::newKey) : configured;
    return PrivacyGuard.withKey(decode(encoded));
  }

  static byte[] decode(String encoded) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("pulse.privacy.key must be base64 (the key is not shown)");
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalStateException(
          "pulse.privacy.key must decode to at least "
              + MIN_KEY_BYTES
              + " bytes, found "
              + key.length);
    }
    return key;
  }

  private static String newKey() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
