package io.pulse.server;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts a {@link LoginThrottle} in front of a password check: attempts are keyed by user name and
 * client address, refused while that key is locked, and counted when they fail.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

  /** Thrown instead of checking the password while the key is locked (HTTP 429). */
  static final class Throttled extends AuthenticationException {
    private final transient Duration retryAfter;

    Throttled(Duration retryAfter) {
      super("too many failed sign-ins; retry later");
      this.retryAfter = retryAfter;
    }

    /** How long the client should wait. */
    Duration retryAfter() {
      return retryAfter;
    }
  }

  private final AuthenticationProvider delegate;
  private final LoginThrottle throttle;

  ThrottledAuthentication(AuthenticationProvider delegate, LoginThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String key = key(attempt);
    Duration locked = throttle.lockedFor(key);
    if (!locked.isZero()) {
      throw new Throttled(locked);
    }
    Authentication result;
    try {
      result = delegate.authenticate(attempt);
    } catch (AuthenticationException e) {
      throttle.failed(key);
      throw e;
    }
    if (result != null && result.isAuthenticated()) {
      throttle.succeeded(key);
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }

  private static String key(Authentication attempt) {
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : "unknown";
    return attempt.getName() + "@" + address;
  }
}
