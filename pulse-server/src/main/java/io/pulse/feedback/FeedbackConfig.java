package io.pulse.feedback;

import io.pulse.core.SentimentScorer;
import io.pulse.fallback.ResilientScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's sentiment scorer ({@code sentimentScorer}): the registry's active model behind a
 * {@link SwappableScorer}, so that models can be promoted and rolled back while scoring goes on.
 * Consumers keep injecting {@link SentimentScorer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackConfig {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackConfig.class);

  @Bean(destroyMethod = "close")
  SentimentScorer sentimentScorer(ModelRegistry registry) {
    try {
      return registry.open();
    } catch (RuntimeException e) {
      // Issue 8: start without the model; the MessageAnalyzer scores with the lexicon fallback,
      // flags those scores and the re-score job replaces them once a model is served again.
      LOG.error("sentiment model cannot be loaded ({}): lexicon fallback", e.getClass().getName());
      return registry.openUnavailable(ResilientScorer.unavailable(e.getClass().getSimpleName()));
    }
  }
}
