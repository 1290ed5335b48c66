package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 100, () -> now);

  @Test
  void freeFailuresThenLocksThatDoubleUpToTheMaximum() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("u@a");
      assertThat(throttle.lockedFor("u@a")).isZero();
    }
    throttle.failed("u@a");
    assertThat(throttle.lockedFor("u@a")).isEqualTo(Duration.ofSeconds(1));
    throttle.failed("u@a");
    assertThat(throttle.lockedFor("u@a")).isEqualTo(Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      throttle.failed("u@a");
    }
    assertThat(throttle.lockedFor("u@a")).isEqualTo(Duration.ofSeconds(60));
    assertThat(throttle.lockedFor("u@b")).isZero();
  }

  @Test
  void lockEndsWithTimeAndSuccessForgetsTheFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("u@a");
    }
    now = now.plusSeconds(2);
    assertThat(throttle.lockedFor("u@a")).isZero();
    throttle.succeeded("u@a");
    throttle.failed("u@a");
    assertThat(throttle.lockedFor("u@a")).isZero();
  }

  @Test
  void quietKeysAreForgotten() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("u@a");
    }
    now = now.plusSeconds(61);
    throttle.failed("u@a");
    assertThat(throttle.lockedFor("u@a")).isZero();
  }
}
