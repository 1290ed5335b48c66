package io.pulse.scores;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.insight.Analysis;
import io.pulse.insight.Message;
import io.pulse.insight.MessageAnalyzer;
import io.pulse.store.QueuedInteraction;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one {@link MessageAnalyzer} path of every score the server stores (first scores and
 * re-scores): language, score (model or flagged fallback), mixed, aspects, emotions in one batched
 * call, with its latency and outcomes counted.
 */
@Component
class BatchAnalyzer {

  private static final Logger LOG = LoggerFactory.getLogger(BatchAnalyzer.class);

  private final MessageAnalyzer analyzer;
  private final MeterRegistry meters;
  private final Timer latency;

  BatchAnalyzer(MessageAnalyzer analyzer, MeterRegistry meters) {
    this.analyzer = analyzer;
    this.meters = meters;
    this.latency =
        Timer.builder("pulse.scoring.latency")
            .description("one MessageAnalyzer call (a micro-batch)")
            .register(meters);
  }

  /** Analyses the texts, in order. */
  List<Analysis> analyze(List<QueuedInteraction> items) {
    Timer.Sample sample = Timer.start(meters);
    List<Analysis> analyses;
    try {
      analyses =
          analyzer.analyzeAll(
              items.stream().map(item -> new Message(item.text(), item.language())).toList());
    } catch (RuntimeException e) {
      // Scorer messages may quote the text: log the type only.
      LOG.error("scoring failed: {}", e.getClass().getName());
      throw e;
    }
    sample.stop(latency);
    for (Analysis analysis : analyses) {
      if (analysis.score() != null) {
        meters.counter("pulse.scored", "label", analysis.score().label().wireName()).increment();
      } else {
        meters.counter("pulse.unscored", "reason", analysis.unscoredReason()).increment();
      }
      if (analysis.fallback()) {
        meters.counter("pulse.scored.fallback").increment();
      }
    }
    return analyses;
  }
}
