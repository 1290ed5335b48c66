package io.pulse.privacy;

import java.nio.charset.StandardCharsets;

/** Shared test fixtures: one guard with a fixed 32-byte key. */
final class Guards {

  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  static final PrivacyGuard GUARD = PrivacyGuard.withKey(KEY);

  private Guards() {}

  static String redacted(String text) {
    return GUARD.redact(text).text();
  }
}
