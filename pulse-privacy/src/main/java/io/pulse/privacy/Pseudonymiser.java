package io.pulse.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 pseudonyms of customer references. The key never leaves this class and is not
 * part of {@link #toString()}.
 */
final class Pseudonymiser {

  /** 256 bits: the HMAC-SHA256 output size, so the key is not the weak link. */
  static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "c_";

  /** 24 hex characters = 96 bits: collision-free in practice for any realistic customer base. */
  private static final int HASH_BYTES = 12;

  private final Mac prototype;

  Pseudonymiser(byte[] key) {
    if (key == null) {
      throw new IllegalArgumentException("pseudonym key must not be null");
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "pseudonym key must be at least "
              + MIN_KEY_BYTES
              + " bytes (256 bits) for HMAC-SHA256, got "
              + key.length
              + " bytes");
    }
    try {
      prototype = Mac.getInstance(ALGORITHM);
      prototype.init(new SecretKeySpec(key, ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
    }
  }

  /**
   * Returns {@code c_} followed by the first 24 lower-case hex characters of HMAC-SHA256 over the
   * normalised reference (trimmed; lower-cased when it looks like an e-mail address).
   *
   * @throws IllegalArgumentException when the reference is null or blank
   */
  String pseudonymise(String customerReference) {
    String normalised = normalise(customerReference);
    byte[] digest = newMac().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    return PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
  }

  /**
   * {@code h_} + 24 hex of HMAC-SHA256 over {@code "id:" + value}: a stable stand-in for an
   * identifier that carries personal data (domain-separated from customer pseudonyms).
   */
  String identifier(String value) {
    byte[] digest = newMac().doFinal(("id:" + value).getBytes(StandardCharsets.UTF_8));
    return "h_" + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
  }

  static String normalise(String customerReference) {
    if (customerReference == null || customerReference.isBlank()) {
      throw new IllegalArgumentException(
          "customerReference must not be blank, got "
              + (customerReference == null ? "null" : "a blank string"));
    }
    String trimmed = customerReference.strip();
    // E-mail addresses are case-insensitive in practice; other references (ids) may not be.
    return trimmed.indexOf('@') > 0 ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
  }

  /** A {@link Mac} is not thread-safe; cloning the initialised prototype is cheap. */
  private Mac newMac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(ALGORITHM + " provider does not support cloning", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + ALGORITHM + ", key=<redacted>]";
  }
}
