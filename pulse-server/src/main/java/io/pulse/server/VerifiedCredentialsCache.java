package io.pulse.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers, for a short time, credentials that the delegate has already verified, so that a client
 * sending HTTP Basic on every request pays for the slow password hash (e.g. bcrypt, ~100 ms) once
 * per {@code ttl} and not per request.
 *
 * <p>Only an HMAC of user name and password under a random per-process key is kept, never the
 * password; a wrong password never matches a remembered entry, and entries expire after {@code
 * ttl}. The cache holds at most {@code capacity} entries and is emptied when full.
 */
final class VerifiedCredentialsCache implements AuthenticationProvider {
  private record Verified(Authentication result, Instant expires) {}

  private final AuthenticationProvider delegate;
  private final Duration ttl;
  private final int capacity;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedCredentialsCache(
      AuthenticationProvider delegate, Duration ttl, int capacity, Clock clock) {
    this.delegate = delegate;
    this.ttl = ttl;
    this.capacity = capacity;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    if (!(authentication.getCredentials() instanceof String password)) {
      return delegate.authenticate(authentication);
    }
    String fingerprint = fingerprint(authentication.getName(), password);
    Instant now = clock.instant();
    Verified hit = verified.get(fingerprint);
    if (hit != null && hit.expires().isAfter(now)) {
      return hit.result();
    }
    Authentication result = delegate.authenticate(authentication);
    if (result != null && result.isAuthenticated()) {
      if (verified.size() >= capacity) {
        verified.clear();
      }
      verified.put(fingerprint, new Verified(result, now.plus(ttl)));
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication)
        && delegate.supports(authentication);
  }

  private String fingerprint(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(user.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
