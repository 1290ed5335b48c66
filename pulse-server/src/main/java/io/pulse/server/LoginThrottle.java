package io.pulse.server;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing, for any way of signing in (HTTP Basic, the login form, tokens).
 * Callers name the attempt by a key (e.g. user name and client address). After {@code freeFailures}
 * failures of a key it is locked for {@code firstLock}, doubling with every further failure up to
 * {@code maxLock}; while locked, every attempt is refused without being checked, the right password
 * too. A success forgets the key, and so does a quiet period of {@code maxLock}. At most {@code
 * capacity} keys are remembered (the least recently used go first).
 */
public final class LoginThrottle {

  private record Failures(int count, Instant lockedUntil, Instant last) {}

  private final int freeFailures;
  private final Duration firstLock;
  private final Duration maxLock;
  private final InstantSource clock;
  private final Map<String, Failures> failures;

  /**
   * A throttle with the given policy.
   *
   * @param freeFailures failures allowed before the first lock
   * @param firstLock length of the first lock
   * @param maxLock longest lock, and the quiet time after which a key is forgotten
   * @param capacity keys remembered at most
   * @param clock time source
   */
  public LoginThrottle(
      int freeFailures, Duration firstLock, Duration maxLock, int capacity, InstantSource clock) {
    this.freeFailures = freeFailures;
    this.firstLock = firstLock;
    this.maxLock = maxLock;
    this.clock = clock;
    this.failures =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > capacity;
          }
        };
  }

  /** How long attempts of {@code key} are still refused; zero when it may try. */
  public synchronized Duration lockedFor(String key) {
    Failures known = current(key);
    if (known == null || known.lockedUntil() == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), known.lockedUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Records a failed attempt of {@code key}. */
  public synchronized void failed(String key) {
    Failures known = current(key);
    int count = known == null ? 1 : known.count() + 1;
    Instant now = clock.instant();
    Instant lockedUntil = null;
    if (count > freeFailures) {
      int doublings = Math.min(count - freeFailures - 1, 30);
      Duration lock = firstLock.multipliedBy(1L << doublings);
      lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
    }
    failures.put(key, new Failures(count, lockedUntil, now));
  }

  /** Records a successful attempt: the key's failures are forgotten. */
  public synchronized void succeeded(String key) {
    failures.remove(key);
  }

  private Failures current(String key) {
    Failures known = failures.get(key);
    if (known != null && known.last().plus(maxLock).isBefore(clock.instant())) {
      failures.remove(key);
      return null;
    }
    return known;
  }
}
