package io.pulse.flink;

import io.pulse.privacy.PrivacyGuard;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Where the pseudonym key is, not the key itself: a file holding the base64 key (the server's
 * {@code <data dir>/privacy.key}, or any file with the value of {@code pulse.privacy.key}), or the
 * environment variable {@code PULSE_PRIVACY_KEY} of the task managers. With the server's key the
 * job's pseudonyms are the server's, so a customer's interactions link across both.
 *
 * @param file path of the key file, or null for the environment variable
 */
record PrivacyKey(String file) implements Serializable {

  /** Environment variable read when no file is given; the server reads the same one. */
  static final String VARIABLE = "PULSE_PRIVACY_KEY";

  /**
   * Reads the key and builds the guard.
   *
   * @throws IllegalStateException naming the setting (never the key) when it is missing or invalid
   */
  PrivacyGuard guard() {
    String encoded;
    String setting;
    if (file != null) {
      setting = "--privacy-key-file " + file;
      try {
        encoded = Files.readString(Path.of(file));
      } catch (IOException e) {
        throw new IllegalStateException(setting + ": cannot be read", e);
      } catch (UncheckedIOException e) {
        throw new IllegalStateException(setting + ": cannot be read", e);
      }
    } else {
      setting = VARIABLE;
      encoded = System.getenv(VARIABLE);
      if (encoded == null || encoded.isBlank()) {
        throw new IllegalStateException(
            "no pseudonym key: give --privacy-key-file (the server's <data dir>/privacy.key) or set "
                + VARIABLE);
      }
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " must hold a base64 key (the key is not shown)");
    }
    try {
      return PrivacyGuard.withKey(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + ": " + e.getMessage());
    }
  }
}
