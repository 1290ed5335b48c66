package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SwappableScorerTest {

  /** Fails every call after close, and counts calls in flight. */
  static final class StrictScorer implements SentimentScorer {
    final String version;
    final AtomicBoolean closed = new AtomicBoolean();
    final AtomicInteger closes = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    volatile int inFlightAtClose = -1;

    StrictScorer(String version) {
      this.version = version;
    }

    @Override
    public List<SentimentScore> scoreAll(List<String> texts) {
      inFlight.incrementAndGet();
      try {
        if (closed.get()) {
          throw new IllegalStateException(version + " used after close");
        }
        Thread.onSpinWait();
        List<SentimentScore> out = new ArrayList<>();
        for (String ignored : texts) {
          out.add(SentimentScore.fromProbabilities(new float[] {0.2f, 0.6f, 0.2f}, version));
        }
        if (closed.get()) {
          throw new IllegalStateException(version + " closed during a call");
        }
        return out;
      } finally {
        inFlight.decrementAndGet();
      }
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public void close() {
      inFlightAtClose = inFlight.get();
      closed.set(true);
      closes.incrementAndGet();
    }
  }

  @Test
  void swapsUnderConcurrentScoringWithoutFailedCallsAndClosesEachOldModelOnce() throws Exception {
    List<StrictScorer> models = new ArrayList<>();
    StrictScorer first = new StrictScorer("v0");
    models.add(first);
    SwappableScorer scorer = new SwappableScorer(first);
    int threads = 6;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong calls = new AtomicLong();
    AtomicInteger failures = new AtomicInteger();
    Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
    CountDownLatch started = new CountDownLatch(threads);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          Thread.ofPlatform()
              .start(() -> {
                started.countDown();
                while (!stop.get()) {
                  try {
                    SentimentScore s = scorer.score("text");
                    versionsSeen.add(s.modelVersion());
                    calls.incrementAndGet();
                  } catch (RuntimeException e) {
                    failures.incrementAndGet();
                  }
                }
              });
      workers.add(worker);
    }
    started.await();
    for (int i = 1; i <= 200; i++) {
      StrictScorer next = new StrictScorer("v" + i);
      models.add(next);
      assertThat(scorer.swap(next)).isEqualTo("v" + (i - 1));
      long target = calls.get() + 50;
      while (calls.get() < target) {
        Thread.onSpinWait();
      }
    }
    stop.set(true);
    for (Thread worker : workers) {
      worker.join();
    }

    assertThat(failures.get()).isZero();
    assertThat(scorer.version()).isEqualTo("v200");
    for (StrictScorer model : models.subList(0, models.size() - 1)) {
      assertThat(model.closes.get()).as(model.version).isEqualTo(1);
      assertThat(model.inFlightAtClose).as(model.version).isZero();
    }
    assertThat(models.getLast().closes.get()).isZero();
    assertThat(versionsSeen.size()).isGreaterThan(1);
    scorer.close();
    assertThat(models.getLast().closes.get()).isEqualTo(1);
  }
}
