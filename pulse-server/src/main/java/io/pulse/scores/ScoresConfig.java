package io.pulse.scores;

import io.pulse.store.InteractionStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the plain-JDBC store rules into the server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
class ScoresConfig {

  @Bean
  InteractionStore interactionStore(JsonMapper json) {
    return new InteractionStore(json);
  }
}
