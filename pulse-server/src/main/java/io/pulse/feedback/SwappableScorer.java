package io.pulse.feedback;

import io.pulse.core.Attribution;
import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A scorer whose model can be replaced while it is in use. Every call leases the current model
 * (reference count); {@link #swap} installs the next model at once and the old one is closed when
 * its last in-flight call returns, so no call ever fails or runs on a closed model. Thread-safe.
 */
final class SwappableScorer implements SentimentScorer {

  private final AtomicReference<Lease> current;
  private final AtomicBoolean closed = new AtomicBoolean();

  SwappableScorer(SentimentScorer initial) {
    this.current = new AtomicReference<>(new Lease(initial));
  }

  @Override
  public List<SentimentScore> scoreAll(List<String> texts) {
    return withModel(model -> model.scoreAll(texts));
  }

  @Override
  public SentimentScore score(String text) {
    return withModel(model -> model.score(text));
  }

  @Override
  public List<Attribution> explain(String text, int limit) {
    return withModel(model -> model.explain(text, limit));
  }

  @Override
  public String version() {
    return current.get().model.version();
  }

  /**
   * Installs {@code next}; calls that started before keep the previous model, which is closed when
   * the last of them returns.
   *
   * @return the version of the replaced model
   */
  String swap(SentimentScorer next) {
    if (closed.get()) {
      next.close();
      throw new IllegalStateException("the scorer is closed");
    }
    Lease old = current.getAndSet(new Lease(next));
    String version = old.model.version();
    old.release(); // drops the owner's reference
    return version;
  }

  /** The model in service now, leased to {@code call}. */
  <T> T withModel(Function<SentimentScorer, T> call) {
    while (true) {
      Lease lease = current.get();
      if (lease.acquire()) {
        try {
          return call.apply(lease.model);
        } finally {
          lease.release();
        }
      }
      // the lease was retired and closed between get() and acquire(): its successor is installed
      if (closed.get() && current.get() == lease) {
        throw new IllegalStateException("the scorer is closed");
      }
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      current.get().release();
    }
  }

  /** A model with a reference count: 1 for being current plus 1 per in-flight call. */
  private static final class Lease {
    private final SentimentScorer model;
    private final AtomicInteger references = new AtomicInteger(1);

    Lease(SentimentScorer model) {
      this.model = model;
    }

    boolean acquire() {
      while (true) {
        int n = references.get();
        if (n == 0) {
          return false;
        }
        if (references.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void release() {
      if (references.decrementAndGet() == 0) {
        model.close();
      }
    }
  }
}
