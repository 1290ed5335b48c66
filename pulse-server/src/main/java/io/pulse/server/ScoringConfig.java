package io.pulse.server;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sentiment scorer: the model at {@code pulse.model.path} (a directory written by {@code pulse
 * train}) or, when empty, the model bundled with Pulse.
 */
@Configuration(proxyBeanMethods = false)
class ScoringConfig {

  private static final Logger LOG = LoggerFactory.getLogger(ScoringConfig.class);

  @Bean(destroyMethod = "close")
  SentimentScorer sentimentScorer(@Value("${pulse.model.path:}") String modelPath) {
    SentimentScorer scorer =
        modelPath.isBlank() ? Scoring.loadBundled() : Scoring.load(Path.of(modelPath));
    LOG.info("sentiment model {} loaded", scorer.version());
    return scorer;
  }
}
