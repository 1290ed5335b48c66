package io.pulse.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model loaded on first use. When loading fails, {@link #get()} returns null (callers fall back)
 * and the load is tried again once {@code retryAfter} has passed, so a model that comes back is
 * picked up without a restart. Thread-safe.
 */
final class LazyModel<T extends AutoCloseable> implements Supplier<T>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LazyModel.class);

  private final String name;
  private final Supplier<T> loader;
  private final Duration retryAfter;
  private final Clock clock;
  private T model;
  private Instant failedAt;
  private String failure;

  LazyModel(String name, Supplier<T> loader, Duration retryAfter, Clock clock) {
    this.name = name;
    this.loader = loader;
    this.retryAfter = retryAfter;
    this.clock = clock;
  }

  @Override
  public synchronized T get() {
    if (model != null) {
      return model;
    }
    if (failedAt != null && clock.instant().isBefore(failedAt.plus(retryAfter))) {
      return null;
    }
    try {
      model = loader.get();
      if (model == null) {
        throw new IllegalStateException("loader returned no model");
      }
      failedAt = null;
      failure = null;
      LOG.info("{} model loaded", name);
      return model;
    } catch (RuntimeException | LinkageError e) {
      failedAt = clock.instant();
      failure = e.getClass().getSimpleName();
      LOG.warn("{} model not available ({}); retrying after {}", name, failure, retryAfter);
      return null;
    }
  }

  /** Null when loaded or never tried, else why the last load failed. */
  synchronized String failure() {
    return failure;
  }

  synchronized boolean loaded() {
    return model != null;
  }

  @Override
  public synchronized void close() {
    if (model != null) {
      try {
        model.close();
      } catch (Exception e) {
        LOG.warn("closing the {} model failed: {}", name, e.getClass().getSimpleName());
      }
      model = null;
    }
  }
}
