package io.pulse.scores;

import io.pulse.api.FallbackReport;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code pulse.scoring.fallback-rescore-interval} (PT0S: never), re-scores interactions whose
 * current score came from the lexicon fallback, once the model scores again ({@link
 * Rescoring#rescoreFallback}); also on demand through {@link RescoreController}.
 */
@Component
class FallbackRescorer implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(FallbackRescorer.class);

  private final Rescoring rescoring;
  private final ScoringProperties settings;
  private volatile ScheduledExecutorService executor;

  FallbackRescorer(Rescoring rescoring, ScoringProperties settings) {
    this.rescoring = rescoring;
    this.settings = settings;
  }

  @Override
  public void start() {
    long millis = settings.fallbackRescoreInterval().toMillis();
    if (millis == 0) {
      return;
    }
    ScheduledExecutorService service =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pulse-rescore").daemon().factory());
    service.scheduleWithFixedDelay(this::run, millis, millis, TimeUnit.MILLISECONDS);
    executor = service;
  }

  private void run() {
    try {
      FallbackReport report = rescoring.rescoreFallback(Integer.MAX_VALUE);
      if (report.rescored() > 0) {
        LOG.info(
            "re-scored {} fallback interactions with {}", report.rescored(), report.modelVersion());
      }
    } catch (RuntimeException e) {
      LOG.error("re-scoring fallback interactions failed: {}", e.getClass().getName());
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService service = executor;
    executor = null;
    if (service != null) {
      service.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
