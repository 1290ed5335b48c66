package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class VerifiedCredentialsCacheTest {
  private final AtomicInteger checks = new AtomicInteger();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");

  private final AuthenticationProvider passwords =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
          checks.incrementAndGet();
          if (!"right".equals(request.getCredentials())) {
            throw new BadCredentialsException("bad");
          }
          return UsernamePasswordAuthenticationToken.authenticated(
              request.getName(), null, List.of(new SimpleGrantedAuthority("ROLE_INGEST")));
        }

        @Override
        public boolean supports(Class<?> type) {
          return true;
        }
      };

  private final VerifiedCredentialsCache cache =
      new VerifiedCredentialsCache(passwords, Duration.ofMinutes(5), 16, clock());

  private Clock clock() {
    return new Clock() {
      @Override
      public Instant instant() {
        return now;
      }

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }
    };
  }

  private static Authentication login(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("ingest", password);
  }

  @Test
  void verifiedCredentialsAreCheckedOnceWithinTheTtl() {
    assertThat(cache.authenticate(login("right")).isAuthenticated()).isTrue();
    assertThat(cache.authenticate(login("right")).isAuthenticated()).isTrue();
    assertThat(checks).hasValue(1);
  }

  @Test
  void aWrongPasswordIsAlwaysCheckedAndRejected() {
    cache.authenticate(login("right"));
    assertThatThrownBy(() -> cache.authenticate(login("wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> cache.authenticate(login("wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).hasValue(3);
  }

  @Test
  void rememberedCredentialsExpire() {
    cache.authenticate(login("right"));
    now = now.plus(Duration.ofMinutes(6));
    cache.authenticate(login("right"));
    assertThat(checks).hasValue(2);
  }
}
