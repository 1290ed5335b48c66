package io.pulse.scores;

import io.pulse.store.Applied;
import io.pulse.store.ScoreChanged;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The feature's one way out: publishes {@link InteractionsScored} and {@link ScoreChanged} as
 * application events, and signals within this instance that work was queued (the workers wait for
 * it) or scores were stored (waiting requests look again).
 */
@Component
class ScoreEvents {

  private final ApplicationEventPublisher publisher;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition scored = lock.newCondition();
  private long queued;

  ScoreEvents(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  /** {@code count} interactions were queued and committed. */
  void accepted(long count) {
    if (count == 0) {
      return;
    }
    lock.lock();
    try {
      queued += count;
      work.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Scores were stored: listeners hear what changed. Called inside the transaction that stored
   * them, so listeners of {@link InteractionsScored} (alerts, spot checks) commit with the scores
   * (each in a savepoint of its own, so their failure never undoes a score) and a crash loses
   * neither; {@link ScoreChanged} listeners act after the commit.
   */
  void publish(Applied applied) {
    if (!applied.scored().isEmpty()) {
      publisher.publishEvent(new InteractionsScored(applied.scored()));
    }
    applied.changes().forEach(this::changed);
  }

  /** Scores were committed: waiting requests look again. */
  void committed() {
    lock.lock();
    try {
      scored.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void changed(ScoreChanged change) {
    publisher.publishEvent(change);
  }

  /** Waits at most {@code timeout} for the next stored scores (of any interaction). */
  void awaitScored(Duration timeout) {
    lock.lock();
    try {
      // never longer than 100 ms: another instance's scores are not signalled here
      scored.awaitNanos(Math.min(timeout.toNanos(), TimeUnit.MILLISECONDS.toNanos(100)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until work was queued here (or {@code poll} passed, for other instances' work), then up
   * to {@code gather} more until {@code batch} items are known to wait: a micro-batch.
   *
   * @return false when interrupted
   */
  boolean awaitWork(Duration poll, Duration gather, int batch) {
    lock.lock();
    try {
      if (queued == 0) {
        work.awaitNanos(poll.toNanos());
      }
      long deadline = System.nanoTime() + gather.toNanos();
      while (queued > 0 && queued < batch) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        work.awaitNanos(left);
      }
      queued = 0;
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }
}
